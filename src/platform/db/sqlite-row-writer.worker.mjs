// Worker for sqlite-row-writer.ts: inserts batches of rows into the SQLite file on its own
// connection and thread, so a locked or slow database never stalls the main event loop.
// Plain JavaScript because workers do not inherit the tsx loader the main thread registered.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const IDENT = /^[a-z_][a-z0-9_]*$/;
const db = new Database(workerData.path);
db.pragma('journal_mode = WAL');
db.pragma(`busy_timeout = ${Number(workerData.busyTimeoutMs) || 5000}`);
db.pragma('synchronous = NORMAL');
const statements = new Map();
// Rows per INSERT statement: one statement per row spends most of its time in the VM set-up.
const CHUNK = 64;

function statementFor(table, columns, rows) {
  const key = `${table}(${columns.join(',')})x${rows}`;
  let s = statements.get(key);
  if (!s) {
    if (!IDENT.test(table) || !columns.every((c) => IDENT.test(c))) throw new Error(`bad identifier in ${key}`);
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    s = db.prepare(`insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${Array(rows).fill(tuple).join(', ')}`);
    statements.set(key, s);
  }
  return s;
}

/** Inserts column-major values (`values[column][row]`) in chunks of CHUNK rows. */
function insertAll(table, columns, values, count) {
  const width = columns.length;
  const params = new Array(CHUNK * width);
  for (let start = 0; start < count; start += CHUNK) {
    const n = Math.min(CHUNK, count - start);
    if (n !== CHUNK) params.length = n * width;
    for (let r = 0; r < n; r++) for (let c = 0; c < width; c++) params[r * width + c] = values[c][start + r];
    statementFor(table, columns, n).run(params);
  }
}

parentPort.on('message', (msg) => {
  if (msg.type === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    const values = JSON.parse(msg.payload);
    db.transaction(() => insertAll(msg.table, msg.columns, values, msg.count))();
    parentPort.postMessage({ id: msg.id, ok: true });
  } catch (err) {
    parentPort.postMessage({ id: msg.id, ok: false, error: String(err && err.message ? err.message : err) });
  }
});
