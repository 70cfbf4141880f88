//! The HTML documents around the app: head (stylesheet, preloads, start script, where the
//! data starts) and body.
//!
//! Only the page title comes from article text here, and it is escaped. Every URL in a page is
//! relative to its `<base href>`, the site's public URL, so one build of the app serves any
//! subpath and any page depth.

/// What every page of one build shares.
#[derive(Debug, Clone)]
pub struct Shell {
    /// The site's public URL path, starting and ending with `/`.
    pub public_url: String,
    pub css: String,
    pub js: String,
    pub wasm: String,
    /// The start script's file name.
    pub start: String,
    /// The boot file's path relative to the site root (`data/boot-<hash>.bin`).
    pub boot: String,
    /// Adds the development server's reload script.
    pub live_reload: bool,
}

/// The name of the `<meta>` that tells the app where its boot file is.
pub const BOOT_META: &str = "news-explorer-boot";

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
    /// A whole page: `title` is plain text, `body` is markup made by the app's components.
    pub fn page(&self, title: &str, body: &str) -> String {
        let reload = if self.live_reload {
            "\n    <script type=\"module\" src=\"_dev/reload.js\"></script>"
        } else {
            ""
        };
        format!(
            r#"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>{title}</title>
    <base href="{base}" />
    <meta name="{meta}" content="{boot}" />
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="{css}" />
    <link rel="modulepreload" href="{js}" />
    <link rel="preload" href="{wasm}" as="fetch" type="application/wasm" crossorigin />
    <link rel="preload" href="{boot}" as="fetch" crossorigin />
    <script type="module" src="{start}"></script>{reload}
  </head>
  <body>{body}</body>
</html>
"#,
            title = escape(title),
            base = escape(&self.public_url),
            meta = BOOT_META,
            boot = escape(&self.boot),
            css = escape(&self.css),
            js = escape(&self.js),
            wasm = escape(&self.wasm),
            start = escape(&self.start),
        )
    }
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
            live_reload: false,
        }
    }

    #[test]
    fn pages_escape_the_title_and_reference_everything_relatively() {
        let page = shell().page("<b>Oil & \"gas\"</b>", "");
        assert!(page.contains("<title>&lt;b&gt;Oil &amp; &quot;gas&quot;&lt;/b&gt;</title>"));
        assert!(page.contains(r#"<base href="/news/" />"#));
        assert!(page.contains(r#"<meta name="news-explorer-boot" content="data/boot-4.bin" />"#));
        assert!(page.contains(r#"<script type="module" src="start-3.js"></script>"#));
        assert!(!page.contains("_dev/reload.js"));
        assert!(!page.contains("<script>"), "no inline script");
        let dev = Shell {
            live_reload: true,
            ..shell()
        };
        assert!(dev.page("x", "").contains("_dev/reload.js"));
    }
}
