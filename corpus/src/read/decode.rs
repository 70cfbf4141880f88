//! Turning the bytes of a file into clean text.
//!
//! * A UTF-8 byte order mark is dropped; UTF-16 with a byte order mark is decoded.
//! * Bytes that are not valid UTF-8 are read as Windows-1252 (the usual encoding of old
//!   Western "plain text"), run by run, so a mostly UTF-8 file keeps its UTF-8 text.
//! * Line ends become `\n` (CRLF, lone CR, U+2028; U+2029 becomes a blank line).
//! * Control characters other than `\n` and `\t`, and stray U+FEFF, are removed.
//! * Characters a web page puts inside words that show nothing (a soft hyphen, from
//!   `Vladi&shy;mir`; a zero-width space; a word joiner) are removed, so that the word is
//!   read, found and searched whole. Zero-width joiners and non-joiners stay: they shape emoji
//!   and the letters of several scripts.
//! * Files that are empty, only whitespace, or binary are refused with a [`Skip`] reason.

use std::fmt;

/// How many leading bytes are inspected to tell text from binary data.
const SNIFF_LEN: usize = 8192;

/// Text decoded from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: Encoding,
    /// Control characters removed from the text.
    pub removed_controls: usize,
}

/// The encoding the bytes were read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// UTF-16 with a byte order mark.
    Utf16,
    /// Not valid UTF-8: this many bytes were read as Windows-1252.
    Windows1252 {
        bytes: usize,
    },
}

/// Why a file holds no readable text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    Empty,
    Whitespace,
    Binary,
}

impl fmt::Display for Skip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Skip::Empty => "empty file",
            Skip::Whitespace => "file holds only whitespace",
            Skip::Binary => "binary file, not text",
        })
    }
}

/// Decodes and cleans the bytes of one file.
pub fn decode(bytes: &[u8]) -> Result<Decoded, Skip> {
    if bytes.is_empty() {
        return Err(Skip::Empty);
    }
    let (raw, encoding) = if let Some(text) = utf16_with_bom(bytes) {
        (text, Encoding::Utf16)
    } else {
        if looks_binary(bytes) {
            return Err(Skip::Binary);
        }
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        utf8_or_1252(bytes)
    };
    let (text, removed_controls) = clean(raw);
    if text.trim().is_empty() {
        return Err(Skip::Whitespace);
    }
    Ok(Decoded {
        text,
        encoding,
        removed_controls,
    })
}

/// UTF-16 text introduced by its byte order mark, if `bytes` start with one.
fn utf16_with_bom(bytes: &[u8]) -> Option<String> {
    let little = match bytes {
        [0xFF, 0xFE, ..] => true,
        [0xFE, 0xFF, ..] => false,
        _ => return None,
    };
    let units = bytes[2..].chunks_exact(2).map(|pair| match pair {
        [a, b] if little => u16::from_le_bytes([*a, *b]),
        [a, b] => u16::from_be_bytes([*a, *b]),
        _ => 0xFFFD,
    });
    Some(
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect(),
    )
}

/// Text files have no NUL bytes and few control bytes; binary data has plenty of both.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(SNIFF_LEN)];
    if bytes.contains(&0) {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    controls * 10 > sample.len()
}

/// Valid UTF-8 runs as they are, every other byte as Windows-1252.
fn utf8_or_1252(bytes: &[u8]) -> (String, Encoding) {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_string(), Encoding::Utf8);
    }
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut invalid = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        for &b in chunk.invalid() {
            text.push(windows_1252(b));
            invalid += 1;
        }
    }
    (text, Encoding::Windows1252 { bytes: invalid })
}

/// The character a byte stands for in Windows-1252. The five bytes the code page leaves
/// undefined map to the C1 control of the same value, which [`clean`] then removes.
pub fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '\u{20AC}', '\u{81}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{8D}',
        '\u{017D}', '\u{8F}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}',
        '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}',
        '\u{9D}', '\u{017E}', '\u{0178}',
    ];
    match byte {
        0x80..=0x9F => HIGH
            .get(usize::from(byte - 0x80))
            .copied()
            .unwrap_or(char::REPLACEMENT_CHARACTER),
        _ => char::from(byte),
    }
}

/// Normalises line ends, removes control characters and the characters that show nothing
/// inside words; returns the text and how many control characters went. Text that needs none
/// of this is returned as it is.
pub fn clean(raw: String) -> (String, usize) {
    if !needs_cleaning(raw.as_bytes()) {
        return (raw, 0);
    }
    let mut out = String::with_capacity(raw.len());
    let mut removed = 0;
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' | '\t' => out.push(c),
            '\u{2028}' => out.push('\n'),
            '\u{2029}' => out.push_str("\n\n"),
            '\u{FEFF}' | '\u{AD}' | '\u{200B}' | '\u{2060}' => {}
            c if c.is_control() => removed += 1,
            c => out.push(c),
        }
    }
    (out, removed)
}

/// Whether the UTF-8 `bytes` hold a CR, a control character (C0 other than LF and tab, DEL,
/// C1), U+2028, U+2029, U+FEFF or a soft hyphen, zero-width space or word joiner: a byte
/// scan, much cheaper than decoding characters.
fn needs_cleaning(bytes: &[u8]) -> bool {
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'\n' | b'\t' => false,
        0..=0x1F | 0x7F => true,
        0xC2 => bytes
            .get(i + 1)
            .is_some_and(|&n| (0x80..=0x9F).contains(&n) || n == 0xAD),
        0xE2 => matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0x80), Some(0xA8 | 0xA9 | 0x8B)) | (Some(0x81), Some(0xA0))
        ),
        0xEF => bytes.get(i + 1) == Some(&0xBB) && bytes.get(i + 2) == Some(&0xBF),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_matches_code_page_corners() {
        assert_eq!(windows_1252(0x80), '€');
        assert_eq!(windows_1252(0x93), '“');
        assert_eq!(windows_1252(0x9F), 'Ÿ');
        assert_eq!(windows_1252(0xE9), 'é');
        assert_eq!(windows_1252(b'a'), 'a');
    }

    #[test]
    fn mixed_file_keeps_its_utf8_runs() {
        let d = decode(
            "naïve \u{201C}"
                .as_bytes()
                .iter()
                .chain(b" caf\xE9")
                .copied()
                .collect::<Vec<_>>()
                .as_slice(),
        )
        .expect("text");
        assert_eq!(d.text, "naïve \u{201C} café");
        assert_eq!(d.encoding, Encoding::Windows1252 { bytes: 1 });
    }

    #[test]
    fn cleaning_finds_every_kind_of_character_it_removes() {
        for dirty in [
            "a\rb",
            "a\u{7}",
            "a\u{7f}",
            "a\u{85}b",
            "a\u{2028}",
            "a\u{2029}",
            "\u{feff}a",
            "Vladi\u{ad}mir",
            "Voro\u{200b}nova",
            "a\u{2060}b",
        ] {
            assert!(needs_cleaning(dirty.as_bytes()), "{dirty:?}");
        }
        assert!(!needs_cleaning(
            "a\tb\nc é \u{a0} \u{2014} 🎉 👨\u{200d}👩 \u{200c}".as_bytes()
        ));
        assert_eq!(
            clean("a\r\nb\rc\u{2029}d".to_string()),
            ("a\nb\nc\n\nd".to_string(), 0)
        );
        assert_eq!(
            clean("Vladi\u{ad}mir Voro\u{200b}nova, 👨\u{200d}👩".to_string()),
            ("Vladimir Voronova, 👨\u{200d}👩".to_string(), 0)
        );
    }

    #[test]
    fn utf16_little_endian_with_bom() {
        let d = decode(b"\xFF\xFEH\0i\0").expect("text");
        assert_eq!(d.text, "Hi");
        assert_eq!(d.encoding, Encoding::Utf16);
    }

    #[test]
    fn control_bytes_in_bulk_mean_binary() {
        let bytes: Vec<u8> = (1u8..=31).cycle().take(200).collect();
        assert_eq!(decode(&bytes), Err(Skip::Binary));
    }
}
