//! The reader on generated nasty input: it never panics, and what it keeps holds together.

use crate::read_support;

use corpus::read::{parse_article, read_dir};
use read_support::Scratch;

/// Pieces that stress the rules: brackets, quotes, dashes, markup, scripts, control
/// characters, line ends, front matter fences, Markdown marks, numbers and long words.
const PIECES: [&str; 40] = [
    "The",
    "council",
    "said",
    ".",
    "?",
    "!",
    "…",
    ",",
    ":",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "---\n",
    "# ",
    "## ",
    "![",
    "](",
    ")",
    "(",
    "[",
    "]",
    "*",
    "_",
    "`",
    "\\",
    "—",
    "-",
    "\u{a0}",
    "\u{7}",
    "\u{0}",
    "\u{feff}",
    "<script>alert(1)</script>",
    "مرحبا",
    "Привет",
    "👨\u{200D}👩",
    "photo_000123.jpg",
];

/// A random run of [`PIECES`].
fn text(rng: &mut fastrand::Rng) -> String {
    let len = rng.usize(..60);
    (0..len)
        .map(|_| PIECES[rng.usize(..PIECES.len())])
        .collect()
}

fn is_removed_control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

#[test]
fn generated_texts_keep_every_line() {
    let mut rng = fastrand::Rng::with_seed(0x2545_F491_4F6C_DD1D);
    for _ in 0..3000 {
        let text = text(&mut rng);
        for path in ["a.txt", "a.md"] {
            let a = parse_article(path, &text);
            assert!(!a.id.is_empty());
            assert!(!a.title.trim().is_empty(), "{text:?}");
            assert!(a.reading_minutes >= 1);
            for block in &a.blocks {
                assert!(!block.text.trim().is_empty(), "{text:?}");
                assert!(!block.text.chars().any(is_removed_control), "{text:?}");
            }
            if path == "a.txt" {
                // No line of a plain text file is lost: each is in the title, a block or the
                // credits.
                let clean: String = text
                    .replace("\r\n", "\n")
                    .replace('\r', "\n")
                    .chars()
                    .filter(|&c| !is_removed_control(c) || c == '\n')
                    .filter(|&c| c != '\u{feff}')
                    .collect();
                for line in clean.lines().map(str::trim).filter(|l| !l.is_empty()) {
                    let kept = a.title.contains(line)
                        || a.blocks.iter().any(|b| b.text.contains(line))
                        || a.credits.iter().any(|c| c.contains(line));
                    assert!(kept, "line {line:?} of {text:?} lost: {a:#?}");
                }
            }
        }
    }
}

#[test]
fn generated_bytes_never_break_the_reader() {
    let dir = Scratch::new("robust-bytes");
    let mut rng = fastrand::Rng::with_seed(0x9E37_79B9_7F4A_7C15);
    for i in 0..300 {
        let len = rng.usize(..400);
        let bytes: Vec<u8> = (0..len).map(|_| rng.usize(..256) as u8).collect();
        dir.write(&format!("f{i:03}.txt"), bytes);
    }
    let report = read_dir(dir.path()).expect("folder is readable");
    // Every file is either an article or named in a notice.
    for i in 0..300 {
        let path = format!("f{i:03}.txt");
        let seen = report.articles.iter().any(|a| a.path == path)
            || report.notices.iter().any(|n| n.path == path);
        assert!(seen, "{path} vanished");
    }
}
