//! The snapshot embedded at build time by `build.rs`.

use corpus::Snapshot;

static SNAPSHOT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/snapshot.bin"));

/// Decodes the embedded snapshot.
pub fn embedded() -> Result<Snapshot, corpus::snapshot::SnapshotError> {
    Snapshot::from_bytes(SNAPSHOT)
}
