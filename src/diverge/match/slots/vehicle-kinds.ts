/**
 * Counts of vehicles by class (extract/numbers/vehicle-classes.ts): "xe" is the general noun, "xe tải",
 * "xe buýt", "ô tô" its classes. A count of the general noun and one of a class fill one slot, so
 * "15 xe" / "16 xe tải" stays a contradiction; two classes are two counts ("15 xe tải" / "16 xe
 * buýt"), as "15 trucks" / "16 buses" are.
 */
import type { Fact } from '../../extract/fact'
import { GENERAL_VEHICLE, VEHICLE_CLASSES } from '../../extract/numbers/vehicle-classes'

/** The noun a count's slot is keyed on: a vehicle's class fills the slot of the general noun. */
export const slotNoun = (unit: string): string => (VEHICLE_CLASSES.has(unit) ? GENERAL_VEHICLE : unit)

/** Two counts of two classes of vehicle: never one slot. */
export function vehicleKindsApart(x: Fact, y: Fact): boolean {
  if (x.type !== 'number' || y.type !== 'number' || x.kind !== 'count' || y.kind !== 'count') return false
  return x.unit !== y.unit && VEHICLE_CLASSES.has(x.unit) && VEHICLE_CLASSES.has(y.unit)
}
