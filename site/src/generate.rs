//! One build of the site: read and analyse the articles, write the data files, prerender and
//! write every page. A generator that stays running (`--repeat`, for `make serve`) keeps a
//! [`Memory`] of its last build, so that the next one renders again only the pages whose
//! inputs changed and compresses and writes only the files whose bytes changed; a one-off
//! build finds the same in the folder it writes to. Either way the folder ends up as a fresh
//! build would write it.

use std::collections::HashMap;
use std::path::Path;

use corpus::bundle::codec::content_hash;
use corpus::bundle::write::{write, Bundle, Inline, Options};
use corpus::bundle::FileKey;
use news_explorer::route::{LinkMode, Route};

use crate::output::{Output, Written};
use crate::timing::Stages;
use crate::{assets, html, prerender, single, sizes, Args};

/// What a generator that stays running keeps from one build for the next.
#[derive(Debug, Default)]
pub struct Memory {
    /// The last build's page bodies by render key; `None` before a first build (the pages in
    /// the output folder are read instead).
    bodies: Option<HashMap<String, String>>,
    /// What the last build wrote (empty before a first build).
    written: Written,
    /// The last build's boot file's [`corpus::bundle::Boot::shape_hash`].
    shape: u64,
    /// The files each page of the last build loaded, with their hashes, by page path.
    loaded: HashMap<String, Vec<(FileKey, String)>>,
}

/// Where the bodies of the last build are.
enum Previous<'a> {
    /// In memory, with the files each page loaded when the boot file's shape is the same.
    Memory(
        &'a HashMap<String, String>,
        Option<&'a HashMap<String, Vec<(FileKey, String)>>>,
    ),
    /// The pages in the output folder.
    Folder(&'a Path),
}

impl Previous<'_> {
    /// The body the last build wrote at `path` if it had render key `key`.
    fn body(&self, path: &str, key: &str) -> Option<String> {
        match self {
            Previous::Memory(bodies, _) => bodies.get(key).cloned(),
            Previous::Folder(dir) => {
                let page = std::fs::read_to_string(dir.join(path)).ok()?;
                html::previous_body(&page, key).map(str::to_string)
            }
        }
    }
}

/// A page written: what the shell was given, whether its body was rendered (rather than
/// kept from the last build), and the files it loads.
struct Rendered {
    path: String,
    page: html::Page,
    fresh: bool,
    loaded: Vec<(FileKey, String)>,
}

/// Builds the site as `args` say; `memory` is what the last build of this process left (a
/// failed build leaves it empty).
pub fn build(args: &Args, memory: &mut Memory) -> Result<(), String> {
    let last = std::mem::take(memory);
    let (Some(seeds), Some(app_dir), Some(out_dir)) = (&args.seeds, &args.app, &args.out) else {
        return Err(crate::USAGE.to_string());
    };
    let mut stages = Stages::start();
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
    stages.done("reading and analysis");
    let io = |e: std::io::Error| format!("cannot write {}: {e}", out_dir.display());
    let noscript = include_str!("noscript.css");
    if args.single {
        let everything = Options {
            inline_limit: usize::MAX,
            inline: Inline::All,
            ..args.options
        };
        let bundle = write(loaded.corpus, &everything);
        let home = prerender::Prerender::new(&bundle, LinkMode::Hash, "")?
            .body(&Route::default(), None)?;
        let boot = bundle
            .file(&bundle.boot_path)
            .ok_or("the boot file is missing")?;
        let page = single::page(&app, &crate::output::gzip(boot), &home, noscript)?;
        let out = Output::new(out_dir, Written::new()).map_err(io)?;
        out.put("index.html", page.as_bytes()).map_err(io)?;
        out.remove_stale().map_err(io)?;
        eprintln!(
            "site: {} articles in one file, {} ({} bytes); {}",
            bundle.corpus.articles.len(),
            out_dir.join("index.html").display(),
            page.len(),
            stages.summary()
        );
        return Ok(());
    }
    let bundle = write(loaded.corpus, &args.options);
    stages.done("index and data");
    let mut out = Output::new(out_dir, last.written).map_err(io)?;
    for (name, bytes, gz) in app.files() {
        if gz {
            out.put_gz_smallest(name, bytes).map_err(io)?;
        } else {
            out.put(name, bytes).map_err(io)?;
        }
    }
    let start_script = app.start_script();
    let start = format!("start-{}.js", content_hash(start_script.as_bytes()));
    out.put_named(&start, start_script.as_bytes(), false)
        .map_err(io)?;
    out.reuse_folder("data", "c-", &format!("data/c-{}", bundle.boot.collection))
        .map_err(io)?;
    let shards = format!("data/{}", bundle.boot.files.shard_folder);
    out.reuse_folder("data", "s-", &shards).map_err(io)?;
    // Shared files are named by their content; per-article files and search shards by their
    // number, in a folder that may come from the previous build. All are stored
    // gzip-compressed (the app inflates them).
    // With `--live-reload` (`make serve`, whose server sends every file with `no-cache`) the
    // boot file keeps one name from build to build, so that the pages an edit does not
    // change stay as they are.
    let (boot, quick_boot) = if args.live_reload {
        (
            "data/boot.bin".to_string(),
            "data/boot-head.bin".to_string(),
        )
    } else {
        (
            format!("data/{}", bundle.boot_path),
            format!("data/{}", bundle.head_path),
        )
    };
    on_every_core(
        &bundle.files,
        || Ok(()),
        |(), file| {
            let path = format!("data/{}", file.path);
            if file.path == bundle.boot_path {
                out.put_gz(&boot, &file.bytes).map_err(io)
            } else if file.path == bundle.head_path {
                out.put_gz(&quick_boot, &file.bytes).map_err(io)
            } else if file.key == Some(FileKey::Cards) {
                // The file of all cards, which a wide query on a small collection fetches
                // before its first results: zopfli (45 bytes less on the seeds, 0.1 s; at most
                // 64 KB before compression).
                out.put_gz_smallest(&path, &file.bytes).map_err(io)
            } else if file.path.starts_with("c-") || file.path.starts_with("s-") {
                out.put_gz(&path, &file.bytes).map_err(io)
            } else {
                out.put_named(&path, &file.bytes, true).map_err(io)
            }
        },
    )?;
    let noscript_css = format!("noscript-{}.css", content_hash(noscript.as_bytes()));
    out.put_named(&noscript_css, noscript.as_bytes(), false)
        .map_err(io)?;
    stages.done("writing data");
    let shell = html::Shell {
        public_url: args.public_url.clone(),
        css: app.css.clone(),
        js: app.js.clone(),
        wasm: app.wasm.clone(),
        quick_js: app.quick.as_ref().map(|q| q.js.clone()),
        start,
        boot,
        quick_boot,
        noscript_css,
        live_reload: args.live_reload,
    };
    let shape = bundle.boot.shape_hash();
    let previous = match &last.bodies {
        Some(bodies) => Previous::Memory(bodies, (last.shape == shape).then_some(&last.loaded)),
        None => Previous::Folder(out_dir),
    };
    let shell_id = content_hash(format!("{shell:?}").as_bytes());
    let pages = pages(&bundle, &renderer(&app), &previous, &|path, page| {
        out.put_made(path, page_id(&shell_id, page), || {
            shell.page(page).into_bytes()
        })
        .map_err(io)
    })?;
    let not_found = not_found();
    out.put(&not_found.0, shell.page(&not_found.1).as_bytes())
        .map_err(io)?;
    let rendered = pages.iter().filter(|p| p.fresh).count();
    let mut bodies = HashMap::with_capacity(pages.len());
    let mut loaded = HashMap::with_capacity(pages.len());
    for p in pages {
        if let Some(key) = p.page.render_key {
            bodies.insert(key, p.page.body);
        }
        loaded.insert(p.path, p.loaded);
    }
    let removed = out.remove_stale().map_err(io)?;
    stages.done("pages");
    eprintln!(
        "site: {} articles, {} entities from {} → {} ({} pages, {rendered} rendered; {} files written, {} unchanged, {} removed); {}",
        bundle.corpus.articles.len(),
        bundle.corpus.entities.len(),
        seeds.display(),
        out_dir.display(),
        bodies.len() + 1,
        out.counts().0,
        out.counts().1,
        removed,
        stages.summary()
    );
    if args.sizes {
        print!("{}", sizes::report(&bundle, &app));
    }
    *memory = Memory {
        bodies: Some(bodies),
        written: out.into_written(),
        shape,
        loaded,
    };
    Ok(())
}

/// What the render keys say renders the pages: the app (its wasm's name carries the hash of
/// its code) and this generator, which renders them with its own copy of the app's components.
fn renderer(app: &assets::App) -> String {
    let exe = std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| format!("{:?} {}", m.modified().ok(), m.len()))
        .unwrap_or_default();
    format!("{} {exe}", app.wasm)
}

/// What the file of `page` is made of (see [`Output::put_made`]): the shell (`shell`, a hash
/// of it) and the page, its render key standing for its body.
fn page_id(shell: &str, page: &html::Page) -> String {
    let body = page.render_key.as_deref().unwrap_or(&page.body);
    let made_of = format!(
        "{shell} {:?} {:?} {:?} {body}",
        page.title, page.view, page.entity
    );
    content_hash(made_of.as_bytes())
}

/// `404.html`: the app's page for any other path.
fn not_found() -> (String, html::Page) {
    let page = html::Page {
        title: "News Explorer".into(),
        body: "<noscript>This page of the news explorer needs JavaScript. <a href=\"./\">All articles</a></noscript>".into(),
        view: None,
        entity: None,
        render_key: None,
    };
    ("404.html".into(), page)
}

/// Runs `each` on every item, on every core (`init` makes each thread's state); the results
/// in the items' order, or the first error.
fn on_every_core<T: Sync, S, R: Send>(
    items: &[T],
    init: impl Fn() -> Result<S, String> + Sync,
    each: impl Fn(&mut S, &T) -> Result<R, String> + Sync,
) -> Result<Vec<R>, String> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let per_thread = items.len().div_ceil(threads).max(1);
    let parts: Vec<Result<Vec<R>, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(per_thread)
            .map(|part| {
                let (init, each) = (&init, &each);
                scope.spawn(move || {
                    let mut state = init()?;
                    part.iter().map(|item| each(&mut state, item)).collect()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err("a thread of the build failed".into()))
            })
            .collect()
    });
    let mut out = Vec::with_capacity(items.len());
    for part in parts {
        out.extend(part?);
    }
    Ok(out)
}

/// Every prerendered page (the home view, each article, each entity with a page), each
/// given to `put` as soon as it is ready; a page whose render key the last build had keeps
/// that build's body. On every core.
fn pages(
    bundle: &Bundle,
    renderer: &str,
    previous: &Previous,
    put: &(dyn Fn(&str, &html::Page) -> Result<(), String> + Sync),
) -> Result<Vec<Rendered>, String> {
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
    on_every_core(
        &todo,
        || prerender::Prerender::new(bundle, LinkMode::Path, renderer),
        |pre, (route, title, entity)| {
            let view = route.to_path();
            let path = format!("{view}index.html");
            // The last build's key, when the page loads the same files.
            let same = match previous {
                Previous::Memory(_, Some(loaded)) => loaded.get(&path).and_then(|loaded| {
                    let key = pre.key_if_same(route, loaded)?;
                    Some((key, loaded.clone()))
                }),
                _ => None,
            };
            let kept =
                same.and_then(|(key, loaded)| Some((previous.body(&path, &key)?, key, loaded)));
            let mut fresh = false;
            let (body, key, loaded) = match kept {
                Some(kept) => kept,
                None => {
                    let keyed = pre.keyed(route, *entity)?;
                    let body = previous.body(&path, &keyed.key).unwrap_or_else(|| {
                        fresh = true;
                        pre.render(keyed.store, route)
                    });
                    (body, keyed.key, keyed.loaded)
                }
            };
            let page = html::Page {
                title: title.clone(),
                body,
                view: Some(view),
                entity: *entity,
                render_key: Some(key),
            };
            put(&path, &page)?;
            Ok(Rendered {
                path,
                page,
                fresh,
                loaded,
            })
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use std::path::PathBuf;

    /// Every file under `dir`, by path relative to it.
    fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
        let mut out = BTreeMap::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    let rel = path
                        .strip_prefix(dir)
                        .unwrap()
                        .to_string_lossy()
                        .into_owned();
                    out.insert(rel, std::fs::read(&path).unwrap());
                }
            }
        }
        out
    }

    fn article(seeds: &Path, name: &str, text: &str) {
        std::fs::write(seeds.join(name), text).unwrap();
    }

    /// A story naming `who` in `place`, twice each, so that both become entities.
    fn story(title: &str, who: &str, place: &str) -> String {
        format!(
            "{title}\n\n{who} arrived in {place} on Monday to meet the council. \
             \"We will rebuild the harbour,\" {who} said.\n\n\
             Officials in {place} said the work would take a year, and {who} agreed."
        )
    }

    #[test]
    fn a_site_rebuilt_after_edits_is_the_site_a_fresh_build_writes() {
        // Files apart (not inside the boot file).
        rebuilt_after_edits_as_fresh("apart", 0);
    }

    #[test]
    fn a_site_rebuilt_after_edits_is_fresh_with_the_search_root_in_the_boot_file() {
        // Every edit changes the search root, carried inside the boot file: the pages that
        // read it must be rendered again, the others need not be.
        rebuilt_after_edits_as_fresh("inline", Options::default().inline_limit);
    }

    /// Builds a small site, edits its articles one way after another, and checks after each
    /// edit that a running generator's rebuild and a one-off rebuild into the last build's
    /// folder write exactly what a fresh build writes.
    fn rebuilt_after_edits_as_fresh(name: &str, inline_limit: usize) {
        let tmp = std::env::temp_dir().join(format!("site-rebuild-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&tmp);
        let (seeds, app) = (tmp.join("seeds"), tmp.join("app"));
        std::fs::create_dir_all(&seeds).unwrap();
        std::fs::create_dir_all(&app).unwrap();
        for name in ["a.js", "a_bg.wasm", "a.css"] {
            std::fs::write(app.join(name), name).unwrap();
        }
        let people = ["Maria Lopez", "John Okafor", "Anna Berg"];
        let places = ["Oslo", "Lagos", "Lima"];
        for n in 0..12 {
            let title = format!("Harbour plan number {n} moves ahead");
            let text = story(&title, people[n % 3], places[n % 2]);
            article(&seeds, &format!("{n:02}.txt"), &text);
        }
        let args = |out: &str| Args {
            seeds: Some(seeds.clone()),
            app: Some(app.clone()),
            out: Some(tmp.join(out)),
            public_url: "/".into(),
            live_reload: true,
            // The first view shows a few cards.
            options: Options {
                inline_limit,
                cards: 3,
                ..Options::default()
            },
            ..Args::default()
        };
        let fresh = |name: &str| -> PathBuf {
            let _ = std::fs::remove_dir_all(tmp.join(name));
            build(&args(name), &mut Memory::default()).unwrap();
            tmp.join(name)
        };
        // One generator that stays running (as `make serve` runs it), and one-off builds into
        // a folder kept from build to build (as `make build` runs them).
        let mut memory = Memory::default();
        build(&args("served"), &mut memory).unwrap();
        build(&args("kept"), &mut Memory::default()).unwrap();
        type Edit = Box<dyn Fn(&Path)>;
        let edits: Vec<(&str, Edit)> = vec![
            (
                "the first article's title (a card of the first view)",
                Box::new(|s| {
                    let text = story("Harbour plan number 0 is delayed", "Maria Lopez", "Oslo");
                    article(s, "00.txt", &text);
                }),
            ),
            (
                "a name added to an article",
                Box::new(|s| {
                    let text = story("Harbour plan number 5 moves ahead", "Anna Berg", "Lima")
                        + "\n\nMaria Lopez sent a letter from Oslo.";
                    article(s, "05.txt", &text);
                }),
            ),
            (
                "a sentence added to an article past the first view, naming no one",
                Box::new(|s| {
                    let text = story("Harbour plan number 10 moves ahead", "John Okafor", "Oslo")
                        + "\n\nThe weather was fine all week.";
                    article(s, "10.txt", &text);
                }),
            ),
            (
                "an article removed",
                Box::new(|s| std::fs::remove_file(s.join("07.txt")).unwrap()),
            ),
            (
                "an article added",
                Box::new(|s| article(s, "20.txt", &story("Lima votes", "Anna Berg", "Lima"))),
            ),
            ("nothing", Box::new(|_| {})),
        ];
        for (what, edit) in edits {
            edit(&seeds);
            build(&args("served"), &mut memory).unwrap();
            build(&args("kept"), &mut Memory::default()).unwrap();
            let expected = files(&fresh("fresh"));
            for rebuilt in ["served", "kept"] {
                let got = files(&tmp.join(rebuilt));
                let differ: std::collections::BTreeSet<&String> = expected
                    .keys()
                    .chain(got.keys())
                    .filter(|k| expected.get(*k) != got.get(*k))
                    .collect();
                assert!(differ.is_empty(), "{rebuilt} after {what}: {differ:?}");
            }
        }
        std::fs::remove_dir_all(&tmp).unwrap();
    }
}
