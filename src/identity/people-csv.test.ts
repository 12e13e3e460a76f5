import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectDelimiter, parsePeopleCsv } from './people-csv.ts';
import { checkDateOfBirth, checkPersonKind, checkYearGroup } from './person-fields.ts';

const TODAY = '2026-09-07';

describe('people CSV: reading what MIS exports look like', () => {
  it('reads a SIMS-style export: BOM, CRLF, semicolons, aliases in any case, quoted delimiters and newlines', () => {
    const csv =
      '\uFEFFUPN;Legal Forename;Preferred Forename;Legal Surname;NC Year;Reg Group;DOB;E-mail;Type;Ethnicity\r\n' +
      'A123;Jonathan;Jon;"Smith; Jones";7;7A;01/09/2014;JON@school.example;Pupil;x\r\n' +
      '\r\n' +
      'B456;Amy;;"O\'Neil\r\nSecond line";Y8;"8B|Maths 2";2013-02-28;;student;x\r\n' +
      'S1;Sam;;Teacher;;;;;Staff;x\r\n';
    const parsed = parsePeopleCsv(Buffer.from(csv, 'utf8'), TODAY);
    assert.deepEqual(parsed.issues, []);
    assert.deepEqual(parsed.ignoredColumns, ['Ethnicity']);
    assert.equal(parsed.records, 3);
    assert.deepEqual(
      parsed.rows.map((r) => [r.line, r.externalId, r.firstName, r.lastName, r.kind, r.yearGroup, r.classes, r.dateOfBirth, r.email]),
      [
        [2, 'A123', 'Jon', 'Smith; Jones', 'learner', 'Year 7', ['7A'], '2014-09-01', 'jon@school.example'],
        [4, 'B456', 'Amy', "O'Neil Second line", 'learner', 'Year 8', ['8B', 'Maths 2'], '2013-02-28', null],
        [6, 'S1', 'Sam', 'Teacher', 'staff', null, [], null, null],
      ],
    );
  });

  it('detects comma, semicolon and tab delimiters from the header, ignoring quoted ones', () => {
    assert.equal(detectDelimiter('id,first name,last name\n1;2;3'), ',');
    assert.equal(detectDelimiter('id;first name;last name'), ';');
    assert.equal(detectDelimiter('"a,b";c;d'), ';');
    assert.equal(detectDelimiter('id\tforename\tsurname'), '\t');
  });

  it('falls back to Windows-1252 for files that are not UTF-8', () => {
    const parsed = parsePeopleCsv(Buffer.concat([Buffer.from('ID,First name,Last name\n1,Zo'), Buffer.from([0xeb]), Buffer.from(',Brontë\n')]), TODAY);
    assert.equal(parsed.rows[0]?.firstName, 'Zoë');
  });

  it('reports every problem at once, at the physical line where each record starts', () => {
    const csv = [
      'Admission No,Forename,Surname,Year,Class,Date of Birth,Email,Role',
      '1,Ada,Quill,7,7A,2014-09-01,ada@school.example,pupil', // line 2: fine
      ',Bea,"Multi', // line 3: no id; record spans lines 3-4
      'line",7,7A,,,',
      '3,,Cole,7,7A,31/02/2014,not-an-email,pupil', // line 5: first name, date, email
      '4,Dee,Doe,7,7A,2030-01-01,,dinner lady', // line 6: future date, role
      '1,Eve,Ess,7,7A,,,', // line 7: duplicate of line 2
      '5,Fay,Fox,Year 42,,01-13-2014,,', // line 8: year group, date
    ].join('\n');
    const parsed = parsePeopleCsv(csv, TODAY);
    assert.equal(parsed.fatal, false);
    assert.equal(parsed.records, 6);
    assert.equal(parsed.invalidRecords, 5);
    assert.deepEqual(
      parsed.issues.map((i) => [i.line, i.field]),
      [
        [3, 'Admission No'],
        [5, 'Forename'],
        [5, 'Date of Birth'],
        [5, 'Email'],
        [6, 'Role'],
        [6, 'Date of Birth'],
        [7, 'Admission No'],
        [8, 'Date of Birth'],
        [8, 'Year'],
      ],
    );
    assert.match(parsed.issues.find((i) => i.line === 7)?.message ?? '', /duplicate id "1" \(first on line 2\)/);
    assert.match(parsed.issues.find((i) => i.line === 6 && i.field === 'Date of Birth')?.message ?? '', /in the future/);
    assert.deepEqual(parsed.rows.map((r) => r.externalId), ['1']);
    assert.deepEqual([...parsed.ids].sort(), ['1', '3', '4', '5']);
  });

  it('refuses the whole file when it is empty, lacks required columns or is not valid CSV', () => {
    assert.match(parsePeopleCsv('', TODAY).issues[0]?.message ?? '', /empty/);
    const missing = parsePeopleCsv('Forename,Year\nAda,7\n', TODAY);
    assert.equal(missing.fatal, true);
    assert.deepEqual(missing.issues.map((i) => [i.line, i.field]), [[1, 'header']]);
    assert.match(missing.issues[0]?.message ?? '', /id, last name/);
    const broken = parsePeopleCsv('id,first name,last name\n1,Ada,Quill\n2,"Bea,Cole\n', TODAY);
    assert.equal(broken.fatal, true);
    assert.equal(broken.issues[0]?.field, 'file');
    assert.match(broken.issues[0]?.message ?? '', /quote/i);
  });

  it('skips blank and all-empty records without counting them', () => {
    const parsed = parsePeopleCsv('id,first name,last name\n\n,,\n1,Ada,Quill\n ,  , \n', TODAY);
    assert.equal(parsed.records, 1);
    assert.equal(parsed.rows[0]?.line, 4);
  });
});

describe('people CSV: field rules', () => {
  it('accepts real dates in ISO or UK order and nothing else', () => {
    const cases: [string, string | null][] = [
      ['2014-09-01', '2014-09-01'],
      ['1/9/2014', '2014-09-01'],
      ['01.09.2014', '2014-09-01'],
      ['01/09/2014 00:00:00', '2014-09-01'],
      ['29/02/2016', '2016-02-29'],
      ['29/02/2015', null],
      ['2014-13-01', null],
      ['09/01/14', null],
      ['2026-09-08', null],
      ['1899-12-31', null],
    ];
    for (const [input, expected] of cases) {
      const r = checkDateOfBirth(input, TODAY);
      assert.equal(r.ok ? r.value : null, expected, input);
    }
  });

  it('maps MIS roles and year groups to Haven names', () => {
    const kinds = ['Pupil', 'students', 'Learner', 'Teacher', 'STAFF', 'Teaching Assistant', 'governor', 'Parent', 'Visitor', 'volunteer'].map((v) => {
      const r = checkPersonKind(v);
      return r.ok ? r.value : null;
    });
    assert.deepEqual(kinds, ['learner', 'learner', 'learner', 'staff', 'staff', 'staff', 'governor', 'parent', 'visitor', 'volunteer']);
    assert.equal(checkPersonKind('dinner lady').ok, false);
    const years = ['7', 'Y7', 'Yr 07', 'NC Year 7', 'Year 7', 'R', 'YR', '0', 'N1', 'Sixth Form'].map((v) => {
      const r = checkYearGroup(v);
      return r.ok ? r.value : null;
    });
    assert.deepEqual(years, ['Year 7', 'Year 7', 'Year 7', 'Year 7', 'Year 7', 'Reception', 'Reception', 'Reception', 'Nursery', 'Sixth Form']);
  });
});
