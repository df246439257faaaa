import { expect } from '@open-wc/testing';
import {
  NBSP,
  TIME_ZONE,
  formatDate,
  formatDateTime,
  formatMoney,
  formatTime,
  toDate,
  toDateTimeAttribute,
} from '../src/i18n/format.js';

const plain = (s: string): string => s.replace(/\u00a0/g, ' ');

describe('i18n/format', () => {
  it('uses Vietnam time zone', () => {
    expect(TIME_ZONE).to.equal('Asia/Ho_Chi_Minh');
  });

  describe('formatDateTime', () => {
    it('formats Vietnamese as "HH:mm, dd/MM/yyyy" in Vietnam time', () => {
      expect(formatDateTime('2026-11-03T07:05:00Z', 'vi')).to.equal('14:05, 03/11/2026');
      expect(formatDateTime('2026-11-03T14:05:00+07:00', 'vi')).to.equal('14:05, 03/11/2026');
    });

    it('defaults to Vietnamese', () => {
      expect(formatDateTime('2026-11-03T07:05:00Z')).to.equal('14:05, 03/11/2026');
    });

    it('crosses midnight into the next day in Vietnam time', () => {
      expect(formatDateTime('2026-12-31T17:30:00Z', 'vi')).to.equal('00:30, 01/01/2027');
    });

    it('formats English as "d MMM yyyy, HH:mm"', () => {
      expect(plain(formatDateTime('2026-11-03T07:05:00Z', 'en'))).to.equal('3 Nov 2026, 14:05');
      expect(plain(formatDateTime('2026-11-03T07:05:00Z', 'en-GB'))).to.equal('3 Nov 2026, 14:05');
    });

    it('keeps a date from breaking across lines in English (no-break spaces)', () => {
      expect(formatDateTime('2026-11-03T07:05:00Z', 'en')).to.equal(`3${NBSP}Nov${NBSP}2026, 14:05`);
    });

    it('accepts Date objects and timestamps', () => {
      const d = new Date('2026-11-03T07:05:00Z');
      expect(formatDateTime(d, 'vi')).to.equal('14:05, 03/11/2026');
      expect(formatDateTime(d.getTime(), 'vi')).to.equal('14:05, 03/11/2026');
    });

    it('returns "" for missing or invalid input', () => {
      expect(formatDateTime(undefined)).to.equal('');
      expect(formatDateTime(null)).to.equal('');
      expect(formatDateTime('')).to.equal('');
      expect(formatDateTime('hôm qua')).to.equal('');
      expect(formatDateTime(new Date(NaN))).to.equal('');
    });

    it('treats unknown locales as Vietnamese', () => {
      expect(formatDateTime('2026-11-03T07:05:00Z', 'fr')).to.equal('14:05, 03/11/2026');
    });

    it('prints midnight as 00:00', () => {
      expect(formatDateTime('2026-11-03T17:00:00Z', 'vi')).to.equal('00:00, 04/11/2026');
    });
  });

  describe('formatDate and formatTime', () => {
    it('formats a date', () => {
      expect(formatDate('2026-11-03T07:05:00Z', 'vi')).to.equal('03/11/2026');
      expect(plain(formatDate('2026-11-03T07:05:00Z', 'en'))).to.equal('3 Nov 2026');
      expect(formatDate('2026-02-28T18:00:00Z', 'vi')).to.equal('01/03/2026');
      expect(formatDate('nope')).to.equal('');
    });

    it('formats a time', () => {
      expect(formatTime('2026-11-03T07:05:00Z')).to.equal('14:05');
      expect(formatTime('2026-11-03T07:05:00Z', 'en')).to.equal('14:05');
      expect(formatTime(undefined)).to.equal('');
    });
  });

  it('agrees with the browser\'s own time-zone data for Asia/Ho_Chi_Minh (1976–2045, every month, times across midnight)', () => {
    const vi = new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const en = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: 'numeric', month: 'short', year: 'numeric' });
    const get = (f: Intl.DateTimeFormat, d: Date) => Object.fromEntries(f.formatToParts(d).map((p) => [p.type, p.value]));
    for (let year = 1976; year <= 2045; year += 3) {
      for (let month = 0; month < 12; month++) {
        for (const utcHour of [0, 16, 17, 23]) {
          const d = new Date(Date.UTC(year, month, month === 1 ? 28 : 30 - (month % 2), utcHour, 59));
          const v = get(vi, d);
          const hour = v.hour === '24' ? '00' : v.hour;
          expect(formatDateTime(d, 'vi'), d.toISOString()).to.equal(`${hour}:${v.minute}, ${v.day}/${v.month}/${v.year}`);
          const e = get(en, d);
          expect(plain(formatDate(d, 'en')), d.toISOString()).to.equal(`${e.day} ${e.month} ${e.year}`);
        }
      }
    }
  });

  describe('toDateTimeAttribute and toDate', () => {
    it('keeps an ISO string as given and serialises other input in UTC', () => {
      expect(toDateTimeAttribute('2026-11-03T14:05:00+07:00')).to.equal('2026-11-03T14:05:00+07:00');
      expect(toDateTimeAttribute(Date.UTC(2026, 10, 3, 7, 5))).to.equal('2026-11-03T07:05:00.000Z');
      expect(toDateTimeAttribute('x')).to.equal('');
    });

    it('does not share the Date it was given', () => {
      const d = new Date('2026-11-03T07:05:00Z');
      expect(toDate(d)).to.not.equal(d);
      expect(toDate(d)?.getTime()).to.equal(d.getTime());
    });
  });

  describe('formatMoney', () => {
    it('formats đồng in Vietnamese as "20.000 đ"', () => {
      expect(formatMoney(20000, 'vi')).to.equal(`20.000${NBSP}đ`);
      expect(plain(formatMoney(20000))).to.equal('20.000 đ');
      expect(plain(formatMoney(1234567, 'vi'))).to.equal('1.234.567 đ');
      expect(plain(formatMoney(0, 'vi'))).to.equal('0 đ');
      expect(plain(formatMoney(500, 'vi'))).to.equal('500 đ');
    });

    it('formats đồng in English as "VND 20,000"', () => {
      expect(formatMoney(20000, 'en')).to.equal(`VND${NBSP}20,000`);
      expect(plain(formatMoney(1234567, 'en'))).to.equal('VND 1,234,567');
    });

    it('rounds to the đồng and keeps the sign', () => {
      expect(plain(formatMoney(1999.6, 'vi'))).to.equal('2.000 đ');
      expect(plain(formatMoney(-20000, 'vi'))).to.equal('-20.000 đ');
      expect(plain(formatMoney(-20000, 'en'))).to.equal('-VND 20,000');
      expect(plain(formatMoney(-0.2, 'vi'))).to.equal('0 đ');
    });

    it('accepts numeric strings and rejects the rest', () => {
      expect(plain(formatMoney('20000', 'vi'))).to.equal('20.000 đ');
      expect(formatMoney('', 'vi')).to.equal('');
      expect(formatMoney('hai mươi nghìn', 'vi')).to.equal('');
      expect(formatMoney(NaN)).to.equal('');
      expect(formatMoney(Infinity)).to.equal('');
      expect(formatMoney(undefined)).to.equal('');
    });
  });
});
