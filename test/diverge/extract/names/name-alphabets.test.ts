/**
 * A name is written in one alphabet: a run that switches from Latin to Cyrillic is two names (a firm
 * in Latin letters beside a man in Cyrillic), and a Cyrillic word glued to a capitalised one by a
 * lost space opens a name at its capital (names53, TGNews).
 */
import { describe, expect, it } from 'vitest'
import { tokenize } from '../../../../src/document/fact-tokens'
import { extractNames } from '../../../../src/diverge/extract/names/names'

const names = (text: string, language?: string) => extractNames(text, tokenize(text), [], language).map((n) => n.text)

describe('names: a run cut where its alphabet switches', () => {
  it.each([
    ['в апреле холдинговая компания миллиардера Уоррена Баффетта Berkshire Hathaway продала акции.', ['Уоррена Баффетта', 'Berkshire Hathaway']],
    ['по данным СМИ, Berkshire Уоррена Баффетта продала все акции.', ['Berkshire', 'Уоррена Баффетта']],
    ['как заявил основатель SpaceX Илон Маск заявил об этом.', ['SpaceX', 'Илон Маск']],
    ['ο διευθυντής της Apple Τιμ Κουκ είπε.', ['Apple', 'Τιμ Κουκ']],
  ])('rus %s → %j', (text, expected) => {
    expect(names(text, 'rus')).toEqual(expected)
  })
  it.each([
    // One alphabet, one name: nothing changes.
    ['акции Delta Air Lines и United Airlines упали.', 'rus', ['Delta Air Lines', 'United Airlines']],
    ['shares of Berkshire Hathaway fell as Warren Buffett spoke.', 'eng', ['Berkshire Hathaway', 'Warren Buffett']],
    ['kemarin Presiden Joko Widodo tiba di Istana Merdeka pada pagi hari.', 'ind', ['Joko Widodo', 'Istana Merdeka']],
    ['hôm qua Thị trưởng Park Heong-joon đến Busan.', undefined, ['Park Heong-joon', 'Busan']],
    // A Cyrillic make and a Latin model, one word each, are one name (review rnames53).
    ['завод выпустил первую партию Лада Vesta в понедельник.', 'rus', ['Лада Vesta']],
    ['сбой затронул сервис Яндекс Go вечером.', 'rus', ['Яндекс Go']],
    ['the plant shipped the first Лада Vesta cars.', 'eng', ['Лада Vesta']],
    ['nhà máy xuất xưởng lô Лада Vesta đầu tiên.', 'vie', ['Лада Vesta']],
  ])('trap %s (%s) → %j', (text, language, expected) => {
    expect(names(text, language)).toEqual(expected)
  })
})

describe('names: a Cyrillic word glued to a name by a lost space', () => {
  it.each([
    ['главный тренер сборной НидерландовРоналд Куман попал в больницу.', ['Роналд Куман']],
    ['об этом сообщил министрСергей Лавров в пятницу.', ['Сергей Лавров']],
  ])('%s → %j', (text, expected) => {
    expect(names(text, 'rus')).toEqual(expected)
  })
  it.each([
    // Firms written in camel case keep their name: few letters before the capital, or capitals after it.
    ['компания ВКонтакте сообщила об этом.', ['ВКонтакте']],
    ['сеть МакДональдс закрыла рестораны.', ['МакДональдс']],
    ['завод АвтоВАЗ остановил конвейер.', ['АвтоВАЗ']],
    // Four small letters or more before the capital, yet a firm: no family name follows (review rnames53).
    ['выплатила компания АльфаСтрахование в понедельник.', ['АльфаСтрахование']],
    ['минфин и ТрансКонтейнер подписали соглашение.', ['ТрансКонтейнер']],
    ['получила компания ТрансТелеКом контракт.', ['ТрансТелеКом']],
    ['покупатели СпортМастер стояли в очереди.', ['СпортМастер']],
  ])('trap %s → %j', (text, expected) => {
    expect(names(text, 'rus')).toEqual(expected)
  })
  it.each([
    // Latin camel case is a brand's, never read as a lost space.
    ['shares of PlayStation maker Sony rose.', 'eng', ['PlayStation', 'Sony']],
    ['kanal YouTube milik Raffi Ahmad ditutup.', 'ind', ['YouTube', 'Raffi Ahmad']],
  ])('trap %s (%s) → %j', (text, language, expected) => {
    expect(names(text, language)).toEqual(expected)
  })
})
