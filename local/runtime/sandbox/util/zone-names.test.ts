import { describe, expect, it } from 'vitest';
import { resolveZone } from './time-zone.ts';
import { zoneLongName, zoneShortName } from './zone-names.ts';

const WINTER = 1517943695750; // 2018-02-06
const SUMMER = 1531322055000; // 2018-07-11

describe('zone names (pattern letters z and zzzz)', () => {
  it('uses the usual English abbreviations', () => {
    expect(zoneShortName(resolveZone('America/Los_Angeles'), WINTER)).toBe('PST');
    expect(zoneShortName(resolveZone('America/Los_Angeles'), SUMMER)).toBe('PDT');
    expect(zoneShortName(resolveZone('Europe/Berlin'), SUMMER)).toBe('CEST');
    expect(zoneShortName(resolveZone('Australia/Perth'), WINTER)).toBe('AWST');
    expect(zoneShortName(resolveZone('Europe/London'), WINTER)).toBe('GMT');
  });

  it('falls back to GMT+hh:mm when English has no abbreviation', () => {
    expect(zoneShortName(resolveZone('Asia/Kathmandu'), WINTER)).toBe('GMT+05:45');
  });

  it('knows the java abbreviations Intl lacks for common Asian zones', () => {
    expect(zoneShortName(resolveZone('Asia/Tokyo'), WINTER)).toBe('JST');
    expect(zoneShortName(resolveZone('Asia/Singapore'), SUMMER)).toBe('SGT');
  });

  it('gives long names and names of fixed zones', () => {
    expect(zoneLongName(resolveZone('America/Los_Angeles'), SUMMER)).toBe('Pacific Daylight Time');
    expect(zoneLongName(resolveZone('UTC'), WINTER)).toBe('Coordinated Universal Time');
    expect(zoneShortName(resolveZone('GMT'), WINTER)).toBe('GMT');
    expect(zoneShortName(resolveZone('+05:30'), WINTER)).toBe('+05:30');
    expect(zoneLongName(resolveZone('Z'), WINTER)).toBe('Z');
  });
});
