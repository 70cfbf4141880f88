//! One build of the site: read and analyse the articles, write the data files, prerender and
//! write every page. A generator that stays running (`--repeat`, for `make serve`) keeps a
//! [`Memory`] of its last build, so that the next one renders again only the pages whose
//! inputs changed and compresses and writes only the files whose bytes changed; a one-off
//! build finds the same in the folder it writes to. Either way the folder ends up as a fresh
//! build would write it.

use std::collections::HashMap;
use std::path::Path;

use corpus::bundle::codec::content_hash;
use corpus::bundle::write::{write, Bundle, Options};
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
}

/// Where the bodies of the last build are.
enum Previous<'a> {
    Memory(&'a HashMap<String, String>),
    /// The pages in the output folder.
    Folder(&'a Path),
}

impl Previous<'_> {
    /// The body the last build wrote at `path` if it had render key `key`.
    fn body(&self, path: &str, key: &str) -> Option<String> {
        match self {
            Previous::Memory(bodies) => bodies.get(key).cloned(),
            Previous::Folder(dir) => {
                let page = std::fs::read_to_string(dir.join(path)).ok()?;
                html::previous_body(&page, key).map(str::to_string)
            }
        }
    }
}

/// A page written: what the shell was given, and whether its body was rendered (rather than
/// kept from the last build).
struct Rendered {
    page: html::Page,
    fresh: bool,
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
            ..Options::default()
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
    let bundle = write(loaded.corpus, &Options::default());
    stages.done("index and data");
    let mut out = Output::new(out_dir, last.written).map_err(io)?;
    for (name, bytes) in app.files() {
        out.put(name, bytes).map_err(io)?;
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
    let boot = if args.live_reload {
        "data/boot.bin".to_string()
    } else {
        format!("data/{}", bundle.boot_path)
    };
    on_every_core(
        &bundle.files,
        || Ok(()),
        |(), file| {
            let path = format!("data/{}", file.path);
            if file.path == bundle.boot_path {
                out.put_gz(&boot, &file.bytes).map_err(io)
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
        start,
        boot,
        noscript_css,
        live_reload: args.live_reload,
    };
    let previous = match &last.bodies {
        Some(bodies) => Previous::Memory(bodies),
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
    let bodies: HashMap<String, String> = pages
        .into_iter()
        .filter_map(|p| Some((p.page.render_key?, p.page.body)))
        .collect();
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
            let (store, key) = pre.keyed(route, *entity)?;
            let kept = previous.body(&path, &key);
            let fresh = kept.is_none();
            let body = kept.unwrap_or_else(|| pre.render(store, route));
            let page = html::Page {
                title: title.clone(),
                body,
                view: Some(view),
                entity: *entity,
                render_key: Some(key),
            };
            put(&path, &page)?;
            Ok(Rendered { page, fresh })
        },
    )
}
