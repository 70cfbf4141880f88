//! The HTML documents around the app: head (content security policy, stylesheet, preloads,
//! start script, where the data starts, which view the body shows) and body (prerendered by
//! the app's components, escaped by them).
//!
//! Only the page title comes from article text here, and it is escaped. Every URL in a page is
//! relative to its `<base href>`, the site's public URL, so one build of the app serves any
//! subpath and any page depth. No inline script or style: the policy allows scripts and styles
//! from the site itself only (and wasm compilation).

use news_explorer::data::{BOOT_META, ENTITY_META, PAGE_META};

/// What every page of one build shares.
#[derive(Debug, Clone)]
pub struct Shell {
    /// The site's public URL path, starting and ending with `/`.
    pub public_url: String,
    pub css: String,
    pub js: String,
    pub wasm: String,
    /// The quick search's glue (`assets::Quick`), which the home page loads first.
    pub quick_js: Option<String>,
    /// The start script's file name.
    pub start: String,
    /// The boot file's path relative to the site root (`data/boot-<hash>.bin`).
    pub boot: String,
    /// The path of the boot file's head alone (`data/boot-head-<hash>.bin`), which the quick
    /// search reads on the home page.
    pub quick_boot: String,
    /// The stylesheet for browsers without JavaScript.
    pub noscript_css: String,
    /// Adds the development server's reload script.
    pub live_reload: bool,
}

/// The content security policy of every served page.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
    style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
    base-uri 'self'; form-action 'self'";

/// The name of the home page's `<meta>` that names the boot file's head, which the quick
/// search reads (`start.js`).
pub const QUICK_META: &str = "news-explorer-quick";

/// The name of the `<meta>` holding a prerendered page's render key (see
/// `Prerender::body_or_previous`).
pub const RENDER_META: &str = "news-explorer-render";

/// The body of `page` (a page this generator wrote) if its render key is `key`.
pub fn previous_body<'a>(page: &'a str, key: &str) -> Option<&'a str> {
    let meta = format!("<meta name=\"{RENDER_META}\" content=\"{key}\" />");
    if !page.contains(&meta) {
        return None;
    }
    let start = page.find("<body>")? + "<body>".len();
    let end = page.rfind("</body>")?;
    page.get(start..end)
}

/// One page: its title (plain text), its body (markup made by the app's components), and
/// what the app needs to take the body over.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub title: String,
    pub body: String,
    /// The path of the view the body shows (empty for the list); `None` for a page the app
    /// renders itself (`404.html`).
    pub view: Option<String>,
    /// The entity an entity page shows.
    pub entity: Option<u32>,
    /// The render key of a prerendered body.
    pub render_key: Option<String>,
}

/// Escapes text for an HTML text node or a double-quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

impl Shell {
    /// What the start script loads first, to preload: on the home page the quick search's
    /// glue and the boot file's head, which it reads (see `start.js`; its wasm is fetched by
    /// the script, as a home page with a query string does not use it; the app fetches the
    /// whole boot file when it starts, after the first results), elsewhere the app's glue and
    /// wasm and the boot file.
    fn preload(&self, page: &Page) -> String {
        let data = |path: &str| {
            format!(
                "<link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin />",
                escape(path)
            )
        };
        match (&self.quick_js, page.view.as_deref()) {
            (Some(quick), Some("")) => format!(
                "<meta name=\"{QUICK_META}\" content=\"{}\" />\n    \
                 <link rel=\"modulepreload\" href=\"{}\" />\n    {}",
                escape(&self.quick_boot),
                escape(quick),
                data(&self.quick_boot)
            ),
            _ => format!(
                "<link rel=\"modulepreload\" href=\"{}\" />\n    \
                 <link rel=\"preload\" href=\"{}\" as=\"fetch\" type=\"application/wasm\" crossorigin />\n    {}",
                escape(&self.js),
                escape(&self.wasm),
                data(&self.boot)
            ),
        }
    }

    /// A whole page.
    pub fn page(&self, page: &Page) -> String {
        let reload = if self.live_reload {
            "\n    <script type=\"module\" src=\"_dev/reload.js\"></script>"
        } else {
            ""
        };
        let view = page
            .view
            .as_ref()
            .map(|v| {
                format!(
                    "\n    <meta name=\"{PAGE_META}\" content=\"{}\" />",
                    escape(v)
                )
            })
            .unwrap_or_default();
        let entity = page
            .entity
            .map(|id| format!("\n    <meta name=\"{ENTITY_META}\" content=\"{id}\" />"))
            .unwrap_or_default();
        let render = page
            .render_key
            .as_ref()
            .map(|key| format!("\n    <meta name=\"{RENDER_META}\" content=\"{key}\" />"))
            .unwrap_or_default();
        let head = format!(
            r#"    <base href="{base}" />
    <meta name="{boot_meta}" content="{boot}" />{view}{entity}{render}
    <link rel="stylesheet" href="{css}" />
    <noscript><link rel="stylesheet" href="{noscript_css}" /></noscript>
    {preload}
    <script type="module" src="{start}"></script>{reload}"#,
            base = escape(&self.public_url),
            boot_meta = BOOT_META,
            boot = escape(&self.boot),
            css = escape(&self.css),
            noscript_css = escape(&self.noscript_css),
            preload = self.preload(page),
            start = escape(&self.start),
        );
        document(CSP, &page.title, &head, &page.body)
    }
}

/// A whole HTML document: the head every page starts with (character set, the content
/// security policy `csp`, viewport, colour schemes, `title` as plain text, no icon), then
/// `head` (markup, one element a line), and the body (markup).
pub fn document(csp: &str, title: &str, head: &str, body: &str) -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="{csp}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>{title}</title>
    <link rel="icon" href="data:," />
{head}
  </head>
  <body>{body}</body>
</html>
"#,
        title = escape(title),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shell() -> Shell {
        Shell {
            public_url: "/news/".into(),
            css: "main-1.css".into(),
            js: "app-2.js".into(),
            wasm: "app-2_bg.wasm".into(),
            start: "start-3.js".into(),
            boot: "data/boot-4.bin".into(),
            quick_boot: "data/boot-head-7.bin".into(),
            noscript_css: "noscript-5.css".into(),
            live_reload: false,
            quick_js: None,
        }
    }

    #[test]
    fn the_home_page_preloads_the_quick_search_and_the_others_the_app() {
        let quick = Shell {
            quick_js: Some("quick-6.js".into()),
            ..shell()
        };
        let home = quick.page(&Page {
            view: Some(String::new()),
            ..Page::default()
        });
        assert!(home.contains(r#"<link rel="modulepreload" href="quick-6.js" />"#));
        assert!(
            !home.contains("app-2"),
            "the app is not preloaded on the home page"
        );
        assert!(
            home.contains(r#"<meta name="news-explorer-quick" content="data/boot-head-7.bin" />"#)
        );
        assert!(home.contains(r#"<link rel="preload" href="data/boot-head-7.bin" as="fetch""#));
        assert!(
            !home.contains(r#"<link rel="preload" href="data/boot-4.bin""#),
            "the quick search reads the head alone; the app fetches the boot file after"
        );
        assert!(home.contains(r#"<meta name="news-explorer-boot" content="data/boot-4.bin" />"#));
        let article = quick.page(&Page {
            view: Some("article/a/".into()),
            ..Page::default()
        });
        assert!(article.contains(r#"<link rel="modulepreload" href="app-2.js" />"#));
        assert!(article.contains(r#"<link rel="preload" href="app-2_bg.wasm""#));
        assert!(!article.contains("quick-6"));
        assert!(!article.contains("boot-head"));
        assert!(article.contains(r#"<link rel="preload" href="data/boot-4.bin" as="fetch""#));
        let without = shell().page(&Page {
            view: Some(String::new()),
            ..Page::default()
        });
        assert!(without.contains(r#"<link rel="modulepreload" href="app-2.js" />"#));
    }

    #[test]
    fn pages_escape_the_title_and_reference_everything_relatively() {
        let page = shell().page(&Page {
            title: "<b>Oil & \"gas\"</b>".into(),
            view: Some("article/a/".into()),
            entity: Some(7),
            ..Page::default()
        });
        assert!(page.contains("<title>&lt;b&gt;Oil &amp; &quot;gas&quot;&lt;/b&gt;</title>"));
        assert!(page.contains(r#"<base href="/news/" />"#));
        assert!(page.contains(r#"<meta name="news-explorer-boot" content="data/boot-4.bin" />"#));
        assert!(page.contains(r#"<script type="module" src="start-3.js"></script>"#));
        assert!(!page.contains("_dev/reload.js"));
        assert!(!page.contains("<script>"), "no inline script");
        assert!(!page.contains("style="), "no inline style");
        assert!(page.contains(r#"<meta name="news-explorer-page" content="article/a/" />"#));
        assert!(page.contains(r#"<meta name="news-explorer-entity" content="7" />"#));
        let keyed = shell().page(&Page {
            body: "<main>x</main>".into(),
            render_key: Some("00ff".into()),
            ..Page::default()
        });
        assert_eq!(previous_body(&keyed, "00ff"), Some("<main>x</main>"));
        assert_eq!(previous_body(&keyed, "00fe"), None);
        assert!(page.contains("script-src 'self' 'wasm-unsafe-eval';"));
        assert!(!CSP.contains("unsafe-inline"));
        let dev = Shell {
            live_reload: true,
            ..shell()
        };
        assert!(dev.page(&Page::default()).contains("_dev/reload.js"));
    }
}
