//! `--single`: the whole site as one HTML file that works when opened from the file system:
//! the stylesheet inline, the JavaScript glue and the start code in one inline module script,
//! the wasm and the data (one boot file carrying every other file) as `data:` URLs, the data
//! at the end of the body so that the prerendered view shows before it is parsed. Links are
//! hash routes. The content security policy allows exactly that script and those styles, by
//! their SHA-256 hashes, and nothing from anywhere else.

use base64::Engine as _;
use sha2::{Digest, Sha256};

use crate::assets::App;
use crate::html::{document, escape};
use news_explorer::data::{BOOT_META, PAGE_META};

/// `'sha256-…'` for a CSP source list.
fn hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

fn data_url(mime: &str, bytes: &[u8]) -> String {
    format!(
        "data:{mime};base64,{}",
        base64::engine::general_purpose::STANDARD.encode(bytes)
    )
}

/// The page: `boot` is the boot file (with every other file inline), gzip-compressed like
/// every data file the app fetches; `body` the home view prerendered with hash links.
pub fn page(app: &App, boot: &[u8], body: &str, noscript_css: &str) -> Result<String, String> {
    let css = String::from_utf8_lossy(app.css_bytes()).into_owned();
    let glue = String::from_utf8_lossy(app.js_bytes()).into_owned();
    let wasm = app.wasm_bytes();
    let script = format!(
        "{glue}\n// The single-file build: the wasm is inline.\nawait __wbg_init({{ module_or_path: '{}' }});\n",
        data_url("application/wasm", wasm)
    )
    // Nothing in the script may end its element early.
    .replace("</script", "<\\/script");
    let css = css.replace("</style", "<\\/style");
    let csp = format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {} {}; img-src data:; \
         connect-src data:; base-uri 'none'; form-action 'none'",
        hash(&script),
        hash(&css),
        hash(noscript_css)
    );
    let head = format!(
        r#"    <meta name="{PAGE_META}" content="" />
    <style>{css}</style>
    <noscript><style>{noscript_css}</style></noscript>
    <script type="module">{script}</script>"#
    );
    let body = format!(
        r#"{body}<meta name="{BOOT_META}" content="{}" />"#,
        escape(&data_url("application/octet-stream", boot)),
    );
    Ok(document(&csp, "News Explorer", &head, &body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_names_the_inline_script_and_styles_by_hash() {
        let dir = std::env::temp_dir().join(format!("site-single-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("app-1.js"), "export default 1; // </script>").unwrap();
        std::fs::write(dir.join("app-2_bg.wasm"), b"\0asm").unwrap();
        std::fs::write(dir.join("main-3.css"), "body { color: red }").unwrap();
        let app = App::find(&dir).unwrap();
        let page = page(&app, b"boot", "<main></main>", "p { }").unwrap();
        let script = page
            .split("<script type=\"module\">")
            .nth(1)
            .and_then(|s| s.split("</script>").next())
            .unwrap();
        assert!(script.contains("<\\/script>"), "escaped inside the script");
        assert!(script.contains("data:application/wasm;base64,AGFzbQ=="));
        assert!(
            page.contains(&hash(script)),
            "the script's hash is in the policy"
        );
        assert!(page.contains(&hash("body { color: red }")));
        assert!(page.contains(&hash("p { }")));
        assert!(page.contains(r#"content="data:application/octet-stream;base64,Ym9vdA==""#));
        assert!(!page.contains("unsafe-inline"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
