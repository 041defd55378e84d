import { it } from 'vitest'
import { compare } from '../src'
it('x', () => { const r = compare('Five others besides the driver were killed when the bus overturned on the highway.', 'Six others, including the driver, died after the bus rolled over on the highway.', { minConfidence: 0 }); console.log(JSON.stringify([...r.divergences, ...r.candidates].map((d) => [d.kind, d.a?.text, d.b?.text, d.confidence, d.evidence]))) })
