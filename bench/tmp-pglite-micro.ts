import { PGlite } from '@electric-sql/pglite';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgl-'));
for (const where of [path.join(dir, 'db'), undefined]) {
  const pg = new PGlite(where);
  await pg.waitReady;
  await pg.exec(`create table p (id uuid primary key);
  create table a (id uuid primary key, sid uuid not null, pid uuid not null references p(id), slide text not null, answer jsonb not null, correct boolean, points int not null, streak int not null, elapsed int not null, received timestamptz not null);
  create unique index a_ps on a(pid, slide); create index a_s on a(sid);`);
  const pids = Array.from({ length: 3000 }, () => randomUUID());
  for (const id of pids) await pg.query('insert into p values ($1)', [id]);
  const sid = randomUUID();
  let k = 0;
  for (const n of [1, 2, 5, 10, 50, 300]) {
    const times: number[] = [];
    for (let rep = 0; rep < 8; rep++) {
      const params: unknown[] = []; const vals: string[] = [];
      for (let i = 0; i < n; i++) {
        const b = params.length;
        vals.push(`($${b+1},$${b+2},$${b+3},$${b+4},$${b+5},$${b+6},$${b+7},$${b+8},$${b+9},$${b+10})`);
        params.push(randomUUID(), sid, pids[k++ % pids.length], 's' + rep + '_' + n, JSON.stringify({ kind: 'choice', optionIds: ['a'] }), true, 900, 1, 19000, new Date());
      }
      const t = performance.now();
      await pg.query(`insert into a values ${vals.join(',')} on conflict do nothing returning id`, params);
      times.push(performance.now() - t);
    }
    times.sort((x, y) => x - y);
    console.log(where ? 'disk' : 'memory', `rows=${n}`, `median ${times[4]!.toFixed(2)} ms`, `min ${times[0]!.toFixed(2)}`, `per row ${(times[4]! / n).toFixed(3)}`);
  }
  await pg.close();
}
fs.rmSync(dir, { recursive: true, force: true });
