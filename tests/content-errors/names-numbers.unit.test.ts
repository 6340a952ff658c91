/** The readers behind the translation checks: glossary uses counted, English place names found, numbers read in every language's forms. */
import { describe, expect, it } from 'vitest';
import { englishPlacesIn, englishUses, shortUses } from '../../src/content-check/names.ts';
import { missingNumbers, numberValues, wrongNumberForms } from '../../src/content-check/numbers.ts';

describe('glossary uses', () => {
  const asia = { en: 'Asia', use: ['เอเชีย'] };
  const southeast = { en: 'Southeast Asia', use: ['เอเชียตะวันออกเฉียงใต้'] };
  it('counts the longest entry first, whole words, any case, never in a link target', () => {
    const counts = englishUses([asia, southeast], 'Asia and Southeast Asia; ASIA, Asian');
    expect(counts.get(asia)).toBe(2);
    expect(counts.get(southeast)).toBe(1);
    expect(shortUses([asia, southeast], 'In [Asia](/countries/asia/) and Asia.', 'ในเอเชีย')).toEqual([
      { entry: asia, english: 2, translation: 1 },
    ]);
  });
});

describe('English place names in another script', () => {
  it.each([
    ['在Japan的合作社', ['Japan']],
    ['ภาษาหลักของ Japan คือ', ['Japan']],
    ['## Asia (এশিয়া) মহাদেশে', ['Asia']],
    ['日本（Japan）の', []],
    ['สหพันธ์สหกรณ์ญี่ปุ่น (Japan Co-operative Alliance)', []],
    ['<span lang="en">Myanmar language is the official language.</span>', []],
    ['“Asia Solidarity Economy Council”', []],
    ['[ญี่ปุ่น](/countries/japan/)', []],
  ])('%s', (text, names) => {
    expect(englishPlacesIn(text, []).map((f) => f.name)).toEqual(names);
  });
  it("the glossary's agreed forms may be English", () => {
    expect(englishPlacesIn('เครือข่าย RIPESS Europe ก่อตั้ง', ['RIPESS Europe']).map((f) => f.name)).toEqual([]);
    expect(englishPlacesIn('เครือข่าย RIPESS Europe ก่อตั้ง', []).map((f) => f.name)).toEqual(['Europe']);
  });
});

describe("numbers read in the language's forms", () => {
  it.each([
    ['hi', 'hi', '63 लाख सदस्य', 6_300_000],
    ['bn', 'bn', '৬৩ লাখ সদস্য', 6_300_000],
    ['ne', 'ne', '१.२०४ करोड', 12_040_000],
    ['ta', 'ta', '14.7 லட்சம் மக்களுக்கு', 1_470_000],
    ['ja', 'ja', '6500万人', 65_000_000],
    ['ja', 'ja', '68万9000', 689_000],
    ['zh-hans', 'zh-Hans', '约2900万户', 29_000_000],
    ['vi', 'vi', '26.040 hợp tác xã', 26_040],
    ['vi', 'vi', '8,1 triệu thành viên', 8_100_000],
    ['id', 'id', '12,04 juta anggota', 12_040_000],
    ['my', 'my', '၁၂.၀၄ သန်း', 12_040_000],
    ['si', 'si', 'මිලියන 6.3', 6_300_000],
    ['th', 'th', 'พระราชบัญญัติสหกรณ์ พ.ศ. 2542', 1999],
  ])('%s: %s', (locale, lang, text, value) => {
    expect(numberValues(text, locale, lang)).toContain(value);
  });

  it('codes, citations and addresses are not numbers of the text', () => {
    expect(
      numberValues("A/RES/77/281, 23/2012/QH13, L-4251, Lux'09, ISBN 978-983-2436-63-1 ([2](#source-2)) https://x.org/2019", 'en', 'en'),
    ).toEqual([]);
  });

  it('a changed value is missing whatever its form; the same value in another form is not', () => {
    expect(missingNumbers('155,591 members, 6.3 million', '155.951 anggota, 6,3 juta', 'id', 'id')).toEqual([155_591]);
    expect(missingNumbers('1,217 cooperatives in 2013', '2013年有1217个合作社', 'zh-hans', 'zh-Hans')).toEqual([]);
  });

  it('forms the language does not use, and none where it does', () => {
    expect(wrongNumberForms('১৯৯৭ সালে ২৬,০৪০টি', 'bn', 'bn')).toEqual([]);
    expect(wrongNumberForms('1997 সালে', 'bn', 'bn').map((f) => f.found)).toEqual(['1997']);
    expect(wrongNumberForms('1 rue du Moulin, L-4251', 'my', 'my')).toEqual([]);
    expect(wrongNumberForms('26,040 hợp tác xã', 'vi', 'vi').map((f) => f.found)).toEqual(['26,040']);
    expect(wrongNumberForms('8,1 triệu', 'vi', 'vi')).toEqual([]);
    expect(wrongNumberForms('约29百万户', 'zh-hans', 'zh-Hans').map((f) => f.found)).toEqual(['29百万']);
  });
});
