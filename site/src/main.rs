//! `site`: the site generator. Reads the articles, analyses them, and writes the whole site
//! into one folder: the app's files (built by Trunk, copied), the data files the app fetches,
//! and an HTML page, prerendered by the app's own components, for the home view, every article
//! and every entity that has a page (`404.html` is the app's page for any other path).
//!
//! ```text
//! site --seeds DIR --app DIR --out DIR [--public-url /PATH/] [--live-reload] [--sizes] [--single] [--repeat]
//! ```
//!
//! `--single` writes one self-contained `index.html` instead (see `single.rs`). `--repeat`
//! (for `make serve`) stays running: after the first build it builds again each time a line
//! arrives on standard input, and says `site: built` or `site: failed` on standard output
//! after each build; what did not change since the last build is neither rendered nor
//! written again (see `generate.rs`).
//!
//! A folder of articles that does not exist or cannot be read stops the build with a message
//! naming it; a bad single file is named and skipped. `--sizes` prints the bytes of each kind
//! of file, raw and gzipped.

mod assets;
mod generate;
mod html;
mod output;
mod prerender;
mod single;
mod sizes;
mod timing;

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: site --seeds DIR --app DIR --out DIR [--public-url /PATH/] \
                     [--live-reload] [--sizes] [--single] [--repeat]";

/// The command line.
#[derive(Debug, Default)]
struct Args {
    seeds: Option<PathBuf>,
    app: Option<PathBuf>,
    out: Option<PathBuf>,
    public_url: String,
    live_reload: bool,
    sizes: bool,
    single: bool,
    repeat: bool,
    /// How the data files are cut (the command line keeps the defaults; tests cut smaller).
    options: corpus::bundle::write::Options,
}

fn parse(args: impl IntoIterator<Item = String>) -> Result<Args, String> {
    let mut out = Args {
        public_url: "/".into(),
        ..Args::default()
    };
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--seeds" => out.seeds = Some(value("--seeds")?.into()),
            "--app" => out.app = Some(value("--app")?.into()),
            "--out" => out.out = Some(value("--out")?.into()),
            "--public-url" => out.public_url = value("--public-url")?,
            "--live-reload" => out.live_reload = true,
            "--sizes" => out.sizes = true,
            "--single" => out.single = true,
            "--repeat" => out.repeat = true,
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    if !out.public_url.starts_with('/') {
        out.public_url.insert(0, '/');
    }
    if !out.public_url.ends_with('/') {
        out.public_url.push('/');
    }
    Ok(out)
}

fn main() -> ExitCode {
    let args = match parse(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("site: {message}");
            return ExitCode::FAILURE;
        }
    };
    if args.repeat {
        return repeat(&args);
    }
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("site: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> Result<(), String> {
    generate::build(args, &mut generate::Memory::default())
}

/// `--repeat`: builds, then builds again for each line read from standard input, until it
/// closes. After each build it prints `site: built` or `site: failed` on standard output.
fn repeat(args: &Args) -> ExitCode {
    let mut memory = generate::Memory::default();
    let mut line = String::new();
    loop {
        let said = match generate::build(args, &mut memory) {
            Ok(()) => "site: built",
            Err(message) => {
                eprintln!("site: {message}");
                "site: failed"
            }
        };
        let mut stdout = std::io::stdout().lock();
        if writeln!(stdout, "{said}")
            .and_then(|()| stdout.flush())
            .is_err()
        {
            return ExitCode::FAILURE;
        }
        line.clear();
        match std::io::stdin().read_line(&mut line) {
            Ok(0) => return ExitCode::SUCCESS,
            Ok(_) => {}
            Err(_) => return ExitCode::FAILURE,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Result<Args, String> {
        parse(list.iter().map(|s| s.to_string()))
    }

    #[test]
    fn an_articles_folder_that_is_missing_or_a_file_stops_the_build_naming_it() {
        let tmp = std::env::temp_dir().join(format!("site-seeds-{}", std::process::id()));
        let app = tmp.join("app");
        std::fs::create_dir_all(&app).unwrap();
        for name in ["a.js", "a_bg.wasm", "a.css"] {
            std::fs::write(app.join(name), "x").unwrap();
        }
        std::fs::write(tmp.join("notes.txt"), "not a folder").unwrap();
        let out = tmp.join("out");
        let build = |seeds: PathBuf| {
            run(&Args {
                seeds: Some(seeds),
                app: Some(app.clone()),
                out: Some(out.clone()),
                public_url: "/".into(),
                ..Args::default()
            })
        };
        let missing = build(tmp.join("no-such-folder")).unwrap_err();
        assert!(
            missing.starts_with("cannot read the articles folder")
                && missing.contains("no-such-folder"),
            "{missing}"
        );
        let file = build(tmp.join("notes.txt")).unwrap_err();
        assert!(file.contains("notes.txt is not a folder"), "{file}");
        assert!(!out.exists(), "nothing written");
        std::fs::remove_dir_all(&tmp).unwrap();
    }

    #[test]
    fn reads_the_command_line() {
        let a = args(&[
            "--seeds",
            "s",
            "--app",
            "a",
            "--out",
            "o",
            "--public-url",
            "news",
            "--sizes",
        ])
        .unwrap();
        assert_eq!(a.seeds, Some(PathBuf::from("s")));
        assert_eq!(a.public_url, "/news/");
        assert!(a.sizes && !a.live_reload);
        assert_eq!(args(&[]).unwrap().public_url, "/");
        assert!(args(&["--seeds"]).unwrap_err().contains("needs a value"));
        assert!(args(&["--nope"]).unwrap_err().contains("unknown argument"));
    }
}
