import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeedText } from '../../src/companies/seed.js';
import { REAL_COMPANIES_FILE } from '../helpers/seed.js';

describe('seed parsing', () => {
  it('accepts every one of the 111 companies of the original app', () => {
    const { rows, problems } = parseSeedText(readFileSync(REAL_COMPANIES_FILE, 'utf8'));
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(111);
    const aha = rows.find((r) => r.company.slug === 'aha')!.company;
    expect(aha).toMatchObject({ name: 'Aha!', workModel: 'FULLY_REMOTE', selector: '.JobsHome', openToApplication: false, rank: null });
    // trailing spaces in the original selectors are trimmed
    expect(rows.find((r) => r.company.slug === 'ashby')!.company.selector).toBe('._content_ud4nd_71');
  });

  it('maps rank and the legacy priority', () => {
    const text = JSON.stringify([
      { companyID: 'a', company: 'A', careers_url: 'https://a.example/jobs', rank: 77 },
      { companyID: 'b', company: 'B', careers_url: 'https://b.example/jobs', priority: 'high' },
      { companyID: 'c', company: 'C', careers_url: 'https://c.example/jobs', priority: 'Low' },
    ]);
    expect(parseSeedText(text).rows.map((r) => r.company.rank)).toEqual([77, 90, 10]);
  });

  it('names the index and the field of each bad JSON row', () => {
    const text = JSON.stringify([
      { companyID: 'ok', company: 'OK', careers_url: 'https://ok.example/jobs' },
      { companyID: 'bad url', company: 'X', careers_url: 'ftp://x.example' },
      { companyID: 'r', company: 'R', careers_url: 'https://r.example', rank: 101 },
      { companyID: 'ok', company: 'Dup', careers_url: 'https://dup.example' },
      { companyID: 'creds', company: 'C', careers_url: 'https://u:p@c.example' },
    ]);
    const { rows, problems } = parseSeedText(text);
    expect(rows.map((r) => r.company.slug)).toEqual(['ok']);
    expect(problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ where: 'index 1', field: 'companyID' }),
      expect.objectContaining({ where: 'index 1', field: 'careers_url', message: expect.stringContaining('http or https') }),
      expect.objectContaining({ where: 'index 2', field: 'rank', message: expect.stringContaining('1 to 100') }),
      expect.objectContaining({ where: 'index 3', field: 'companyID', message: expect.stringContaining('index 0') }),
      expect.objectContaining({ where: 'index 4', field: 'careers_url', message: expect.stringContaining('credentials') }),
    ]));
  });

  it('reads CSV with the same headers, lists split on ";", and names lines', () => {
    const csv = [
      'companyID,company,careers_url,selector,work_model,headquarters,office_locations,fields,openToApplication,priority',
      'acme,"Acme, Inc.",https://acme.example/careers,.jobs,hybrid,"Berlin, Germany","Berlin; Paris",software;tools,yes,medium',
      'bad,Bad,https://bad.example/careers,,SOMETIMES,,,,maybe,',
    ].join('\n');
    const { rows, problems } = parseSeedText(csv);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.company).toMatchObject({
      slug: 'acme', name: 'Acme, Inc.', workModel: 'HYBRID', officeLocations: ['Berlin', 'Paris'], fields: ['software', 'tools'],
      openToApplication: true, rank: 50,
    });
    expect(problems.map((p) => `${p.where} ${p.field}`)).toEqual(['line 3 work_model', 'line 3 openToApplication']);
  });

  it('explains a file that is neither a JSON array nor CSV', () => {
    expect(parseSeedText('{"companyID": "x"}').problems[0]!.message).toContain('JSON array');
    expect(parseSeedText('[{,]').problems[0]!.message).toContain('not valid JSON');
  });
});
