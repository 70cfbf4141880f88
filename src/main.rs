//! Browser entry point: fetch the boot file and mount the app.

fn main() {
    news_explorer::start();
}
