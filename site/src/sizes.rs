//! The size report: bytes of each kind of file, raw and gzipped (level 9, as static hosts
//! serve them), as a Markdown table.

use std::collections::BTreeMap;
use std::io::Write;

use corpus::bundle::write::Bundle;
use flate2::write::GzEncoder;
use flate2::Compression;

use crate::assets::App;

/// Gzipped size of `bytes` at zlib's level 9, as a static host might send them.
pub fn gz(bytes: &[u8]) -> usize {
    let mut enc = GzEncoder::new(Vec::new(), Compression::best());
    // Writing into a Vec cannot fail.
    let _ = enc.write_all(bytes);
    enc.finish().map_or(0, |z| z.len())
}

#[derive(Default)]
struct Row {
    files: usize,
    bytes: usize,
    gz: usize,
    largest_gz: usize,
}

/// One line per kind of file: count, total bytes, total and largest gzipped.
pub fn report(bundle: &Bundle, app: &App) -> String {
    let mut rows: BTreeMap<String, Row> = BTreeMap::new();
    let mut add = |kind: String, bytes: &[u8]| {
        let z = gz(bytes);
        let row = rows.entry(kind).or_default();
        row.files += 1;
        row.bytes += bytes.len();
        row.gz += z;
        row.largest_gz = row.largest_gz.max(z);
    };
    for (name, kind) in [
        (&app.wasm, "app: wasm"),
        (&app.js, "app: js glue"),
        (&app.css, "app: css"),
    ] {
        if let Ok(bytes) = std::fs::read(app.dir.join(name)) {
            add(kind.to_string(), &bytes);
        }
    }
    for file in &bundle.files {
        add(format!("data: {}", file.kind.as_str()), &file.bytes);
    }
    let inline: usize = bundle.boot.inline.iter().map(|(_, b)| b.len()).sum();
    let mut out = String::from(
        "| files | count | bytes | gzipped | largest gzipped |\n|---|---|---|---|---|\n",
    );
    for (kind, row) in &rows {
        out.push_str(&format!(
            "| {kind} | {} | {} | {} | {} |\n",
            row.files, row.bytes, row.gz, row.largest_gz
        ));
    }
    if inline > 0 {
        out.push_str(&format!(
            "\nThe boot file carries {} other data files inline ({inline} bytes of them).\n",
            bundle.boot.inline.len()
        ));
    }
    out
}
