//! `site`: the site generator. Reads the articles, analyses them, and writes the whole site
//! into one folder: the app's files (built by Trunk, copied), the data files the app fetches,
//! and an HTML page, prerendered by the app's own components, for the home view, every article
//! and every entity that has a page (`404.html` is the app's page for any other path).
//!
//! ```text
//! site --seeds DIR --app DIR --out DIR [--public-url /PATH/] [--live-reload] [--sizes] [--single]
//! ```
//!
//! `--single` writes one self-contained `index.html` instead (see `single.rs`).
//!
//! A folder of articles that does not exist or cannot be read stops the build with a message
//! naming it; a bad single file is named and skipped. `--sizes` prints the bytes of each kind
//! of file, raw and gzipped.

mod assets;
mod html;
mod output;
mod prerender;
mod single;
mod sizes;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use corpus::bundle::write::{write, Bundle, Options};
use news_explorer::route::{LinkMode, Route};

const USAGE: &str = "usage: site --seeds DIR --app DIR --out DIR [--public-url /PATH/] \
                     [--live-reload] [--sizes] [--single]";

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
    match parse(std::env::args().skip(1)).and_then(|args| run(&args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("site: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> Result<(), String> {
    let (Some(seeds), Some(app_dir), Some(out_dir)) = (&args.seeds, &args.app, &args.out) else {
        return Err(USAGE.to_string());
    };
    let started = Instant::now();
    let app = assets::App::find(app_dir)?;
    match std::fs::metadata(seeds) {
        Err(e) => {
            return Err(format!(
                "cannot read the articles folder {}: {e}",
                seeds.display()
            ))
        }
        Ok(m) if !m.is_dir() => {
            return Err(format!(
                "the articles folder {} is not a folder",
                seeds.display()
            ))
        }
        Ok(_) => {}
    }
    let loaded = corpus::load(seeds)
        .map_err(|e| format!("cannot read the articles folder {}: {e}", seeds.display()))?;
    for notice in &loaded.notices {
        eprintln!("{notice}");
    }
    if loaded.corpus.articles.is_empty() {
        eprintln!(
            "site: warning: no articles in {}; the site will say so",
            seeds.display()
        );
    }
    let analysed = started.elapsed();
    let io = |e: std::io::Error| format!("cannot write {}: {e}", out_dir.display());
    let noscript = include_str!("noscript.css");
    if args.single {
        let everything = Options {
            inline_limit: usize::MAX,
            ..Options::default()
        };
        let bundle = write(loaded.corpus, &everything);
        let home =
            prerender::Prerender::new(&bundle, LinkMode::Hash)?.body(&Route::default(), None)?;
        let boot = bundle
            .file(&bundle.boot_path)
            .ok_or("the boot file is missing")?;
        let page = single::page(&app, &output::gzip(boot), &home, noscript)?;
        let mut out = output::Output::new(out_dir).map_err(io)?;
        out.put("index.html", page.as_bytes()).map_err(io)?;
        out.remove_stale().map_err(io)?;
        eprintln!(
            "site: {} articles in one file, {} ({} bytes); total {:.1} s",
            bundle.corpus.articles.len(),
            out_dir.join("index.html").display(),
            page.len(),
            started.elapsed().as_secs_f64()
        );
        return Ok(());
    }
    let bundle = write(loaded.corpus, &Options::default());
    let mut out = output::Output::new(out_dir).map_err(io)?;

    for (name, bytes) in app.files() {
        out.put(name, bytes).map_err(io)?;
    }
    let start_script = app.start_script();
    let start = format!(
        "start-{}.js",
        corpus::bundle::codec::content_hash(start_script.as_bytes())
    );
    out.put_named(&start, start_script.as_bytes()).map_err(io)?;
    out.reuse_folder("data", "c-", &format!("data/c-{}", bundle.boot.collection))
        .map_err(io)?;
    let shards = format!("data/{}", bundle.boot.files.shard_folder);
    out.reuse_folder("data", "s-", &shards).map_err(io)?;
    for file in &bundle.files {
        let path = format!("data/{}", file.path);
        // Shared files are named by their content; per-article files and search shards by
        // their number, in a folder that may come from the previous build. All are stored
        // gzip-compressed (the app inflates them).
        let stored = output::gzip(&file.bytes);
        if file.path.starts_with("c-") || file.path.starts_with("s-") {
            out.put(&path, &stored).map_err(io)?;
        } else {
            out.put_named(&path, &stored).map_err(io)?;
        }
    }
    let noscript_css = format!(
        "noscript-{}.css",
        corpus::bundle::codec::content_hash(noscript.as_bytes())
    );
    out.put_named(&noscript_css, noscript.as_bytes())
        .map_err(io)?;
    let shell = html::Shell {
        public_url: args.public_url.clone(),
        css: app.css.clone(),
        js: app.js.clone(),
        wasm: app.wasm.clone(),
        start,
        boot: format!("data/{}", bundle.boot_path),
        noscript_css,
        live_reload: args.live_reload,
    };
    let rendering = Instant::now();
    let pages = pages(&bundle, &app.wasm, out_dir)?;
    for (path, page) in &pages {
        out.put(path, shell.page(page).as_bytes()).map_err(io)?;
    }
    let rendered = rendering.elapsed();
    let removed = out.remove_stale().map_err(io)?;
    eprintln!(
        "site: {} articles, {} entities from {} → {} ({} pages; {} files written, {} unchanged, {} removed); analysis {:.1} s, pages {:.1} s, total {:.1} s",
        bundle.corpus.articles.len(),
        bundle.corpus.entities.len(),
        seeds.display(),
        out_dir.display(),
        pages.len(),
        out.written,
        out.unchanged,
        removed,
        analysed.as_secs_f64(),
        rendered.as_secs_f64(),
        started.elapsed().as_secs_f64()
    );
    if args.sizes {
        print!("{}", sizes::report(&bundle, &app));
    }
    Ok(())
}

/// Every page: the home view, each article, each entity with a page, and `404.html`; by path
/// in the site. Rendered on every core; a page whose inputs did not change since the build
/// in `out_dir` keeps its body.
fn pages(
    bundle: &Bundle,
    app: &str,
    out_dir: &std::path::Path,
) -> Result<Vec<(String, html::Page)>, String> {
    let mut todo: Vec<(Route, String, Option<u32>)> =
        vec![(Route::default(), "News Explorer".into(), None)];
    for article in &bundle.corpus.articles {
        todo.push((
            Route::default().with_article(&article.id),
            format!("{} · News Explorer", article.title),
            None,
        ));
    }
    for entity in &bundle.entity_pages {
        todo.push((
            Route::entity_page(&entity.slug),
            format!("{} · News Explorer", entity.name),
            Some(entity.id),
        ));
    }
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let per_thread = todo.len().div_ceil(threads).max(1);
    let rendered: Vec<Result<Vec<(String, html::Page)>, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = todo
            .chunks(per_thread)
            .map(|part| {
                scope.spawn(move || {
                    let pre = prerender::Prerender::new(bundle, LinkMode::Path)?;
                    part.iter()
                        .map(|(route, title, entity)| {
                            let view = route.to_path();
                            let path = format!("{view}index.html");
                            let previous = std::fs::read_to_string(out_dir.join(&path)).ok();
                            let (body, key) =
                                pre.body_or_previous(route, *entity, app, previous.as_deref())?;
                            let page = html::Page {
                                title: title.clone(),
                                body,
                                view: Some(view),
                                entity: *entity,
                                render_key: Some(key),
                            };
                            Ok((path, page))
                        })
                        .collect()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|_| Err("a renderer failed".into())))
            .collect()
    });
    let mut out = Vec::with_capacity(todo.len() + 1);
    for part in rendered {
        out.extend(part?);
    }
    out.push((
        "404.html".into(),
        html::Page {
            title: "News Explorer".into(),
            body: "<noscript>This page of the news explorer needs JavaScript. <a href=\"./\">All articles</a></noscript>".into(),
            view: None,
            entity: None,
            render_key: None,
        },
    ));
    Ok(out)
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
