//! The time each stage of a build took, for the generator's summary line: wall-clock time and,
//! on Linux, the CPU time of the whole process (every thread) during the stage; the machine
//! may be shared, so the CPU time says what the work costs when the wall clock does not.

use std::time::Instant;

/// The stages of one build so far.
pub struct Stages {
    started: Instant,
    cpu_started: Option<f64>,
    last: (Instant, Option<f64>),
    done: Vec<(&'static str, f64, Option<f64>)>,
}

/// CPU seconds (user and system) this process has used, from `/proc/self/stat`.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // After the command name, which is in brackets and may hold spaces: utime is the 12th
    // field, stime the 13th, in clock ticks (100 a second on Linux).
    let mut fields = stat
        .get(stat.rfind(')')? + 1..)?
        .split_whitespace()
        .skip(11);
    let ticks: u64 = fields.next()?.parse::<u64>().ok()? + fields.next()?.parse::<u64>().ok()?;
    Some(ticks as f64 / 100.0)
}

impl Stages {
    /// Starts timing.
    pub fn start() -> Stages {
        let now = (Instant::now(), cpu_seconds());
        Stages {
            started: now.0,
            cpu_started: now.1,
            last: now,
            done: Vec::new(),
        }
    }

    /// The stage `name` ends now.
    pub fn done(&mut self, name: &'static str) {
        let now = (Instant::now(), cpu_seconds());
        let cpu = now.1.zip(self.last.1).map(|(b, a)| b - a);
        self.done
            .push((name, (now.0 - self.last.0).as_secs_f64(), cpu));
        self.last = now;
    }

    /// `name 1.2 s (cpu 1.0 s), …; total 3.1 s (cpu 2.9 s)`.
    pub fn summary(&self) -> String {
        let part = |wall: f64, cpu: Option<f64>| match cpu {
            Some(cpu) => format!("{wall:.2} s (cpu {cpu:.2} s)"),
            None => format!("{wall:.2} s"),
        };
        let mut out: Vec<String> = self
            .done
            .iter()
            .map(|(name, wall, cpu)| format!("{name} {}", part(*wall, *cpu)))
            .collect();
        let cpu = cpu_seconds().zip(self.cpu_started).map(|(b, a)| b - a);
        out.push(format!(
            "total {}",
            part(self.started.elapsed().as_secs_f64(), cpu)
        ));
        out.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_names_each_stage_and_the_total() {
        let mut stages = Stages::start();
        stages.done("reading");
        stages.done("pages");
        let summary = stages.summary();
        let names: Vec<&str> = summary
            .split(", ")
            .map(|p| p.split(' ').next().unwrap_or(""))
            .collect();
        assert_eq!(names, ["reading", "pages", "total"], "{summary}");
        if cfg!(target_os = "linux") {
            assert!(summary.contains("(cpu "), "{summary}");
        }
    }
}
