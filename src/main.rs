//! Browser entry point: decode the embedded snapshot and mount the app.

fn main() {
    news_explorer::start();
}
