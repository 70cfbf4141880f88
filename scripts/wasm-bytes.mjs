#!/usr/bin/env node
// Where a wasm file's bytes go: the size of every section, the code grouped by crate (from the
// function names of the "name" section), the biggest functions and the data segments.
//
//   node scripts/wasm-bytes.mjs FILE.wasm [--top N] [--crate NAME]... [--match REGEX]... [--map LINK.map LINKED.wasm RLIB_DIR...]
//
// --top N: how many of the biggest functions to list (default 25); --crate NAME: also list the
// biggest functions of that crate (as named in the table); --match REGEX: the total bytes of the
// functions whose name matches (for example 'slice::sort' for every instance of the sorts). --map: the data by crate, from the
// linker's map of LINKED.wasm (`-C link-arg=--Map=...`): string literals, tables and other
// constants are anonymous there (`.Lanon.HASH.N`), and HASH is found in the crate's .rlib, looked
// for in RLIB_DIR (the target's deps folder and the standard library's).
//
// FILE.wasm must keep its name section (scripts/wasm-bytes.sh makes such a copy of the release
// build). "gz alone" compresses the bodies of one crate's functions together: it says how well
// that code compresses, and the column does not add up to the gzipped size of the whole file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const SECTIONS = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'data count', 'tag'];

class Reader {
  constructor(bytes, pos = 0) {
    this.bytes = bytes;
    this.pos = pos;
  }
  u8() {
    return this.bytes[this.pos++];
  }
  leb() {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.u8();
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return result;
      shift += 7;
    }
  }
  name() {
    const len = this.leb();
    const s = this.bytes.subarray(this.pos, this.pos + len).toString('utf8');
    this.pos += len;
    return s;
  }
}

const ESCAPES = {
  SP: '@', BP: '*', RF: '&', LT: '<', GT: '>', LP: '(', RP: ')', C: ',',
};

/** A legacy-mangled Rust symbol (`_ZN...E`) as a path, without its hash; other names as they are. */
function demangle(symbol) {
  const m = symbol.match(/^_?_ZN(.*)E$/);
  if (!m) return symbol;
  const parts = [];
  let rest = m[1];
  while (rest.length > 0) {
    const len = rest.match(/^\d+/);
    if (!len) return symbol;
    const n = Number(len[0]);
    parts.push(rest.slice(len[0].length, len[0].length + n));
    rest = rest.slice(len[0].length + n);
  }
  if (parts.length > 1 && /^h[0-9a-f]{16}$/.test(parts[parts.length - 1])) parts.pop();
  return parts
    .map((p) =>
      p
        .replace(/^_\$/, '$')
        .replace(/\.\./g, '::')
        .replace(/\$([A-Z]{1,2})\$/g, (all, code) => ESCAPES[code] ?? all)
        .replace(/\$u([0-9a-f]{2,6})\$/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16))),
    )
    .join('::');
}

/** Without hashes (`::h0123...`) and crate disambiguators (`dlmalloc[e24a...]`). */
function tidy(name) {
  return name.replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]{8,16}\]/g, '');
}

const PRIMITIVE = /^(str|char|bool|u8|u16|u32|u64|u128|usize|i8|i16|i32|i64|i128|isize|f32|f64|\[.*\]|\(.*\))$/;

/**
 * The crate and module path a demangled function name belongs to: its first path segments. For
 * `<Type as Trait>::f`, the type's, unless the type is a generic parameter (then the trait's);
 * methods of primitive types (`<str>::to_lowercase`) go to `core`.
 */
function pathOf(name) {
  let n = name;
  const impl = n.match(/^<(.*?) as (.*?)>::/);
  if (impl) {
    const [, type, trait] = impl;
    n = /^[A-Z]$/.test(type) || /^&?(mut )?[A-Z]$/.test(type) ? trait : type;
  } else {
    const inherent = n.match(/^<(.*?)>::/);
    if (inherent) n = inherent[1];
  }
  n = n.replace(/^(&|\*const |\*mut |mut |dyn )+/, '').replace(/^<+/, '');
  const head = n.split(/::|<| /)[0];
  if (PRIMITIVE.test(head) || head.startsWith('[') || head.startsWith('(')) return ['core', 'core::(primitive types)'];
  const m = n.match(/^([A-Za-z_][A-Za-z0-9_]*)(?:::([A-Za-z_][A-Za-z0-9_]*))?/);
  if (m && n.includes('::')) return [m[1], m[2] ? `${m[1]}::${m[2]}` : m[1]];
  if (/^(memcpy|memset|memmove|memcmp|malloc|free|realloc|__rust|__rdl|__rg|rust_)/.test(n)) return ['runtime', 'runtime'];
  if (/^(__wbg|__wbindgen|__externref)/.test(n)) return ['wasm_bindgen', 'wasm_bindgen (glue)'];
  return n.length > 0 ? ['(other)', `(other) ${n.slice(0, 40)}`] : ['(unnamed)', '(unnamed)'];
}

function crateOf(name) {
  return pathOf(name)[0];
}

function parse(bytes) {
  const r = new Reader(bytes, 8);
  const sections = [];
  let importedFunctions = 0;
  const bodies = [];
  const names = new Map();
  const data = [];
  while (r.pos < bytes.length) {
    const header = r.pos;
    const id = r.u8();
    const size = r.leb();
    const start = r.pos;
    const end = start + size;
    let label = SECTIONS[id] ?? `section ${id}`;
    if (id === 0) {
      const name = new Reader(bytes, start).name();
      label = `custom "${name}"`;
      if (name === 'name') {
        const s = new Reader(bytes, start);
        s.name();
        while (s.pos < end) {
          const sub = s.u8();
          const len = s.leb();
          const subEnd = s.pos + len;
          if (sub === 1) {
            const count = s.leb();
            for (let i = 0; i < count; i++) {
              const index = s.leb();
              names.set(index, tidy(demangle(s.name())));
            }
          }
          s.pos = subEnd;
        }
      }
    } else if (id === 2) {
      const s = new Reader(bytes, start);
      const count = s.leb();
      for (let i = 0; i < count; i++) {
        s.name();
        s.name();
        const kind = s.u8();
        if (kind === 0) {
          s.leb();
          importedFunctions += 1;
        } else if (kind === 1) {
          s.u8();
          const flags = s.u8();
          s.leb();
          if (flags & 1) s.leb();
        } else if (kind === 2) {
          const flags = s.u8();
          s.leb();
          if (flags & 1) s.leb();
        } else if (kind === 3) {
          s.u8();
          s.u8();
        } else if (kind === 4) {
          s.u8();
          s.leb();
        }
      }
    } else if (id === 10) {
      const s = new Reader(bytes, start);
      const count = s.leb();
      for (let i = 0; i < count; i++) {
        const len = s.leb();
        bodies.push({ index: importedFunctions + i, size: len + 1, body: bytes.subarray(s.pos, s.pos + len) });
        s.pos += len;
      }
    } else if (id === 11) {
      const s = new Reader(bytes, start);
      const count = s.leb();
      for (let i = 0; i < count; i++) {
        const flags = s.leb();
        if (flags === 2) s.leb();
        if (flags !== 1) {
          // An offset expression: read up to `end` (0x0b).
          while (s.u8() !== 0x0b);
        }
        const len = s.leb();
        data.push(bytes.subarray(s.pos, s.pos + len));
        s.pos += len;
      }
    }
    sections.push({ label, size: end - header });
    r.pos = end;
  }
  return { sections, bodies, names, data };
}

/** The crate of a mangled symbol: legacy (`_ZN4core...`) or v0 (`_R...Cs<hash>_4core...`). */
function crateOfSymbol(symbol) {
  const legacy = symbol.match(/^_?_ZN\d+/) && demangle(symbol);
  if (legacy && legacy !== symbol) return pathOf(tidy(legacy))[0];
  const v0 = symbol.match(/^_R.*?C(?:s[0-9A-Za-z]*_)?(\d+)([A-Za-z_][A-Za-z0-9_]*)/);
  if (v0) return v0[2].slice(0, Number(v0[1]));
  return null;
}

/** Data bytes by crate, from the linker map of `linked` (see the header). */
function dataByCrate(mapFile, linkedFile, rlibDirs) {
  const lines = readFileSync(mapFile, 'utf8').split('\n');
  const linked = readFileSync(linkedFile);
  const start = lines.findIndex((l) => l.trim().split(/\s+/)[3] === 'DATA');
  const symbols = [];
  for (const line of lines.slice(start + 1)) {
    const p = line.trim().split(/\s+/);
    if (p[0] === '-') break;
    if (p.length !== 4 || p[3].includes('(') || p[3].startsWith('.rodata') || p[3].startsWith('.data') || p[3].startsWith('.bss')) continue;
    const offset = parseInt(p[1], 16);
    const size = parseInt(p[2], 16);
    symbols.push({ name: p[3], bytes: linked.subarray(offset, offset + size) });
  }
  const hashes = new Set(symbols.map((s) => s.name.match(/^\.Lanon\.([0-9a-f]{32})\./)?.[1]).filter(Boolean));
  const owner = new Map();
  for (const dir of rlibDirs) {
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.rlib'))) {
      const text = readFileSync(join(dir, f)).toString('latin1');
      for (const h of hashes) if (!owner.has(h) && text.includes(h)) owner.set(h, f.replace(/^lib/, '').replace(/-[0-9a-f]+\.rlib$/, ''));
    }
  }
  const crates = new Map();
  for (const s of symbols) {
    const hash = s.name.match(/^\.Lanon\.([0-9a-f]{32})\./)?.[1];
    const crate = (hash ? owner.get(hash) : crateOfSymbol(s.name)) ?? '(unknown)';
    const c = crates.get(crate) ?? { parts: [], size: 0 };
    c.parts.push(s.bytes);
    c.size += s.bytes.length;
    crates.set(crate, c);
  }
  return [...crates].sort((a, b) => b[1].size - a[1].size);
}

const fmt = (n) => n.toLocaleString('en');
const pad = (s, n) => String(s).padStart(n);

function main() {
  const args = process.argv.slice(2);
  let top = 25;
  const only = [];
  const patterns = [];
  let file;
  let map = null;
  while (args.length > 0) {
    const a = args.shift();
    if (a === '--top') top = Number(args.shift());
    else if (a === '--crate') only.push(args.shift());
    else if (a === '--match') patterns.push(new RegExp(args.shift()));
    else if (a === '--map') {
      map = { file: args.shift(), linked: args.shift(), rlibs: [] };
      while (args.length > 0 && !args[0].startsWith('--')) map.rlibs.push(args.shift());
    } else file = a;
  }
  if (!file || !Number.isInteger(top)) {
    console.error('usage: node scripts/wasm-bytes.mjs FILE.wasm [--top N] [--crate NAME]... [--match REGEX]... [--map LINK.map LINKED.wasm RLIB_DIR...]');
    process.exit(2);
  }
  const bytes = readFileSync(file);
  const { sections, bodies, names, data } = parse(bytes);
  const withoutNames = sections.filter((s) => s.label !== 'custom "name"').reduce((n, s) => n + s.size, 8);
  console.log(`${file}: ${fmt(bytes.length)} bytes, ${fmt(withoutNames)} without the name section`);
  console.log('\nsections (bytes):');
  for (const s of sections) console.log(`  ${pad(fmt(s.size), 10)}  ${s.label}`);

  const crates = new Map();
  for (const b of bodies) {
    const name = names.get(b.index) ?? '';
    const crate = crateOf(name);
    const c = crates.get(crate) ?? { size: 0, count: 0, parts: [] };
    c.size += b.size;
    c.count += 1;
    c.parts.push(b.body);
    crates.set(crate, c);
  }
  const code = bodies.reduce((n, b) => n + b.size, 0);
  console.log(`\ncode by crate (${fmt(code)} bytes of function bodies):`);
  console.log(`  ${pad('bytes', 9)} ${pad('share', 6)} ${pad('gz alone', 9)} ${pad('functions', 9)}  crate`);
  for (const [crate, c] of [...crates].sort((a, b) => b[1].size - a[1].size)) {
    const gz = gzipSync(Buffer.concat(c.parts), { level: 9 }).length;
    console.log(`  ${pad(fmt(c.size), 9)} ${pad(((100 * c.size) / code).toFixed(1) + '%', 6)} ${pad(fmt(gz), 9)} ${pad(c.count, 9)}  ${crate}`);
  }

  const modules = new Map();
  for (const b of bodies) {
    const module = pathOf(names.get(b.index) ?? '')[1];
    modules.set(module, (modules.get(module) ?? 0) + b.size);
  }
  console.log(`\ncode by module, the ${top} biggest (bytes):`);
  for (const [module, size] of [...modules].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`  ${pad(fmt(size), 9)} ${pad(((100 * size) / code).toFixed(1) + '%', 6)}  ${module}`);
  }

  const list = (title, chosen) => {
    console.log(`\n${title} (bytes):`);
    for (const b of chosen.sort((a, b) => b.size - a.size).slice(0, top)) {
      const name = names.get(b.index) ?? `function ${b.index}`;
      console.log(`  ${pad(fmt(b.size), 9)}  ${name.length > 150 ? name.slice(0, 147) + '...' : name}`);
    }
  };
  list(`the ${top} biggest functions`, [...bodies]);
  for (const crate of only) {
    list(`the ${top} biggest functions of ${crate}`, bodies.filter((b) => crateOf(names.get(b.index) ?? '') === crate));
  }

  for (const re of patterns) {
    const matching = bodies.filter((b) => re.test(names.get(b.index) ?? ''));
    const size = matching.reduce((n, b) => n + b.size, 0);
    const gz = gzipSync(Buffer.concat(matching.map((b) => b.body)), { level: 9 }).length;
    console.log(`\nfunctions matching ${re}: ${matching.length}, ${fmt(size)} bytes, ${fmt(gz)} gzipped alone`);
  }

  const dataBytes = data.reduce((n, d) => n + d.length, 0);
  const all = Buffer.concat(data);
  console.log(`\ndata segments: ${data.length}, ${fmt(dataBytes)} bytes, ${fmt(gzipSync(all, { level: 9 }).length)} gzipped alone`);
  if (map) {
    console.log(`  by crate (from the linker map; bytes, gzipped alone):`);
    for (const [crate, c] of dataByCrate(map.file, map.linked, map.rlibs)) {
      console.log(`  ${pad(fmt(c.size), 9)} ${pad(fmt(gzipSync(Buffer.concat(c.parts), { level: 9 }).length), 9)}  ${crate}`);
    }
  }
  // The longest printable runs of the data: panic messages, format strings, tables.
  const runs = [];
  let start = -1;
  for (let i = 0; i <= all.length; i++) {
    const printable = i < all.length && all[i] >= 0x20 && all[i] < 0x7f;
    if (printable && start < 0) start = i;
    if (!printable && start >= 0) {
      if (i - start >= 16) runs.push(all.subarray(start, i).toString('latin1'));
      start = -1;
    }
  }
  const text = runs.reduce((n, s) => n + s.length, 0);
  console.log(`  printable text runs of 16+ characters: ${runs.length}, ${fmt(text)} bytes; the longest:`);
  for (const s of [...runs].sort((a, b) => b.length - a.length).slice(0, 8)) {
    console.log(`    ${pad(fmt(s.length), 7)}  ${s.length > 110 ? s.slice(0, 107) + '...' : s}`);
  }
}

main();
