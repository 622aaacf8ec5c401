import { describe, expect, it } from 'vitest';
import { numbersIn } from '@/app/_lib/content/text-numbers';

const values = (text: string) => numbersIn(text).map((n) => n.value);

describe('numbersIn', () => {
  it('reads Western and Arabic-Indic digits as the same numbers', () => {
    expect(values('آذار 2011 و٢٠١١ و۲۰۱۱')).toEqual(['month:3', '2011', '2011', '2011']);
  });

  it('reads grouping and decimals in either language', () => {
    expect(values('more than 300,000 people; 450.000; 2.5 km')).toEqual(['300000', '450000', '2.5']);
    expect(values('٣٠٠٬٠٠٠ و٢٫٥')).toEqual(['300000', '2.5']);
  });

  it('multiplies by the number words news Arabic and English write after a figure', () => {
    expect(values('more than 300,000 people and 11 million')).toEqual(['300000', '11000000']);
    expect(values('أكثر من 300 ألف شخص، و11 مليوناً')).toEqual(['300000', '11000000']);
    expect(values('بـ450 ألفاً، و12 مليون سوري')).toEqual(['450000', '12000000']);
    expect(values('3 آلاف و2 مليار')).toEqual(['3000', '2000000000']);
  });

  it('reads ألف and مليون standing alone, but not the plurals that mean "thousands"', () => {
    expect(values('نحو مليون لاجئ وألف جندي')).toEqual(['1000000', '1000']);
    expect(values('آلاف المقاتلين وملايين السوريين')).toEqual([]);
    expect(values('a million refugees and thousands of fighters')).toEqual(['1000000']);
  });

  it('reads ordinals, the definite article with tatweel and prefixed figures', () => {
    expect(values('its 20th report')).toEqual(['20']);
    expect(values('تقاريرها الـ20 والـ٢١ وال22')).toEqual(['20', '21', '22']);
  });

  it('reads a unit after a number as no number of its own: 40 minutes is 40 دقيقة', () => {
    expect(values('for 40 minutes')).toEqual(values('مدة 40 دقيقة'));
  });

  it('reads ranges and dates as their day numbers, years and months', () => {
    expect(values('23-24 January 2017')).toEqual(['23', '24', 'month:1', '2017']);
    expect(values('23-24 كانون الثاني 2017 و30-31 تشرين الأول')).toEqual(['23', '24', 'month:1', '2017', '30', '31', 'month:10']);
    expect(values('في شباط وأيار وفي آب')).toEqual(['month:2', 'month:5', 'month:8']);
  });

  it('gives where each number stands, and its text', () => {
    const [found] = numbersIn('قتل 340 ألف شخص');
    expect(found).toEqual({ value: '340000', text: '340 ألف', index: 4 });
  });

  it('leaves "may" the verb alone', () => {
    expect(values('the talks may resume in May')).toEqual(['month:5']);
  });
});
