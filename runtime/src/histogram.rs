//! `hist()` and `lhist()` maps: from per-bucket counts to bpftrace's labelled buckets, and
//! their text and JSON renderings.
//!
//! In: the counts of one key's buckets, indexed as `btc_payload::log2_bucket` and
//! `btc_payload::linear_bucket` number them, and the histogram's parameters. Out: a
//! [`Histogram`] (the rows from the first to the last non-zero bucket) and its lines.
//!
//! Facts from bpftrace v0.26 (`src/types_format.cpp`: `build_histogram`,
//! `build_linear_histogram`, `hist_index_label`, `lhist_index_label`; `src/output/text.cpp`
//! and `src/output/json.cpp`, the `Histogram` emitters):
//! - only the buckets from the first to the last non-zero one are shown; no rows at all when
//!   every count is zero;
//! - each bucket is labelled by its exclusive upper bound; the lower bound of the first row
//!   is the previous bucket's label, absent for the underflow bucket 0 (`(..., 0)`);
//! - hist: buckets 1 to `2 << bits` are labelled by their index as a plain integer; above,
//!   by `2^power * (2^bits + i)` written with a K/M/G/T/P/E suffix for each factor of 1024;
//!   counts are divided by `print()`'s divisor;
//! - lhist: bucket `i` is labelled `min + i * step` while that is at most `max` (the last
//!   bucket has no label: `[max, ...)`); when `step` is a multiple of 1024 the labels are
//!   written with a K or M suffix when divisible (0 stays `0`);
//! - a row whose bounds are adjacent plain integers prints as `[n]`, else `[a, b)`; text rows
//!   are `{label:<16}{count:>8} |{bar:<52}|`, the bar `count / max * 52` (in `float`,
//!   truncated) `@`s long;
//! - JSON rows are `{"min": a, "max": b, "count": n}` with closed intervals (`max` is the
//!   label minus one), no `min` on the underflow row and no `max` on the overflow row,
//!   joined by `,` inside `[...]`; suffixed labels are written as their numbers.

use crate::value::{json_signed, json_stream_integer, json_unsigned};

/// bpftrace's width of a histogram bar.
const BAR_WIDTH: usize = 52;
/// bpftrace sizes a key's bucket vector 65 * 32 for hist and 1002 for lhist; buckets past
/// that are never shown.
pub const MAX_LOG2_BUCKETS: usize = 65 * 32;
pub const MAX_LINEAR_BUCKETS: usize = 1002;

/// A bucket bound.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Label {
    /// A plain integer, shown as is.
    Integer(i64),
    /// A number shown with a unit suffix (`2K`); JSON shows the number.
    Suffixed { text: String, number: u64 },
}

impl Label {
    fn text(&self) -> String {
        match self {
            Label::Integer(number) => number.to_string(),
            Label::Suffixed { text, .. } => text.clone(),
        }
    }

    fn write_json(&self, out: &mut Vec<u8>) {
        match self {
            Label::Integer(number) => json_signed(out, *number),
            Label::Suffixed { number, .. } => json_unsigned(out, *number),
        }
    }

    /// The label minus one, for JSON's closed intervals.
    fn one_less(&self) -> i64 {
        match self {
            Label::Integer(number) => number.wrapping_sub(1),
            Label::Suffixed { number, .. } => number.wrapping_sub(1) as i64,
        }
    }

    /// Both plain integers and `next` is one more: the bucket holds a single value.
    fn single_value(&self, next: &Label) -> bool {
        matches!((self, next), (Label::Integer(a), Label::Integer(b)) if a.checked_add(1) == Some(*b))
    }
}

/// The rows of one histogram: row `i` counts the values from `labels[i - 1]` (or
/// `lower_bound` for row 0) up to `labels[i]`; a last row without a label is the overflow.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Histogram {
    pub lower_bound: Option<Label>,
    pub labels: Vec<Label>,
    pub counts: Vec<u64>,
}

/// The first and last buckets with a non-zero count. bpftrace reads each count into an
/// `int`, so a count whose low 32 bits look negative does not count as non-zero.
fn shown_range(counts: &[u64]) -> Option<(usize, usize)> {
    let non_zero = |count: &u64| (*count as i32) > 0;
    let first = counts.iter().position(non_zero)?;
    let last = counts.iter().rposition(non_zero)?;
    Some((first, last))
}

/// bpftrace's `hist_index_label`: the lower bound of log2 bucket `index` (`index >= 2^bits`).
fn log2_label(index: usize, bits: u8) -> Label {
    let per_power = 1u64 << bits;
    let interval = index as u64 & (per_power - 1);
    let power = ((index as u64) >> bits).saturating_sub(1);
    let number = 1u64
        .checked_shl(power as u32)
        .unwrap_or(0)
        .wrapping_mul(per_power + interval);
    let decade = power / 10;
    let suffix = ["", "K", "M", "G", "T", "P", "E"]
        .get(decade as usize)
        .copied()
        .unwrap_or("");
    let mantissa = (1u64 << (power - 10 * decade)).wrapping_mul(per_power + interval);
    Label::Suffixed {
        text: format!("{mantissa}{suffix}"),
        number,
    }
}

/// The label of log2 bucket `index`: the plain index up to `2 << bits`, else the suffixed
/// bound.
fn log2_bucket_label(index: usize, bits: u8) -> Label {
    if index as u64 <= (2u64 << bits) {
        Label::Integer(index as i64)
    } else {
        log2_label(index, bits)
    }
}

/// bpftrace's `build_histogram`. `divisor` is at least 1.
pub fn log2_histogram(counts: &[u64], bits: u8, divisor: u64) -> Histogram {
    let mut histogram = Histogram::default();
    let Some((first, last)) = shown_range(counts) else {
        return histogram;
    };
    if first != 0 {
        histogram.lower_bound = Some(log2_bucket_label(first - 1, bits));
    }
    for (index, count) in counts.iter().enumerate().take(last + 1).skip(first) {
        histogram.labels.push(if index == 0 {
            Label::Integer(0)
        } else {
            log2_bucket_label(index, bits)
        });
        histogram.counts.push(count / divisor.max(1));
    }
    histogram
}

/// bpftrace's `lhist_index_label`.
fn linear_label(number: i64, step: i64) -> Label {
    const KILO: i64 = 1024;
    const MEGA: i64 = 1024 * 1024;
    if step % KILO != 0 {
        return Label::Integer(number);
    }
    let text = if number == 0 {
        "0".to_string()
    } else if number % MEGA == 0 {
        format!("{}M", number / MEGA)
    } else if number % KILO == 0 {
        format!("{}K", number / KILO)
    } else {
        number.to_string()
    };
    Label::Suffixed {
        text,
        number: number as u64,
    }
}

/// bpftrace's `build_linear_histogram` (the divisor does not apply to lhist).
pub fn linear_histogram(counts: &[u64], min: i64, max: i64, step: i64) -> Histogram {
    let mut histogram = Histogram::default();
    let Some((first, last)) = shown_range(counts) else {
        return histogram;
    };
    let bound = |index: usize| min.wrapping_add((index as i64).wrapping_mul(step));
    if first != 0 {
        histogram.lower_bound = Some(linear_label(bound(first - 1), step));
    }
    for (index, count) in counts.iter().enumerate().take(last + 1).skip(first) {
        if bound(index) <= max {
            histogram.labels.push(linear_label(bound(index), step));
        }
        histogram.counts.push(*count);
    }
    histogram
}

impl Histogram {
    /// The rows as bpftrace's text output prints them, each ending in a newline.
    pub fn text(&self) -> Vec<u8> {
        let max = self.counts.iter().copied().max().unwrap_or(0);
        let mut text = String::new();
        for (row, count) in self.counts.iter().enumerate() {
            let header = self.row_header(row);
            let bar_length = ((*count as f32 / max as f32) * BAR_WIDTH as f32) as i32;
            let bar = "@".repeat(bar_length.max(0) as usize);
            text.push_str(&format!("{header:<16}{count:>8} |{bar:<BAR_WIDTH$}|\n"));
        }
        text.into_bytes()
    }

    fn row_header(&self, row: usize) -> String {
        let label = |index: usize| self.labels.get(index).map(Label::text).unwrap_or_default();
        if row == 0 {
            match &self.lower_bound {
                None => format!("(..., {})", label(0)),
                Some(lower) => match self.labels.first() {
                    None => format!("[{}, ...)", lower.text()),
                    Some(upper) if lower.single_value(upper) => format!("[{}]", lower.text()),
                    Some(upper) => format!("[{}, {})", lower.text(), upper.text()),
                },
            }
        } else if row >= self.labels.len() {
            format!("[{}, ...)", label(row - 1))
        } else if self.labels[row - 1].single_value(&self.labels[row]) {
            format!("[{}]", label(row - 1))
        } else {
            format!("[{}, {})", label(row - 1), label(row))
        }
    }

    /// Appends the JSON array of rows.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        out.push(b'[');
        for (row, count) in self.counts.iter().enumerate() {
            if row > 0 {
                out.push(b',');
            }
            out.push(b'{');
            let lower = if row == 0 {
                self.lower_bound.as_ref()
            } else {
                self.labels.get(row - 1)
            };
            if let Some(lower) = lower {
                out.extend_from_slice(b"\"min\": ");
                lower.write_json(out);
                out.extend_from_slice(b", ");
            }
            if let Some(upper) = self.labels.get(row) {
                out.extend_from_slice(b"\"max\": ");
                json_signed(out, upper.one_less());
                out.extend_from_slice(b", ");
            }
            out.extend_from_slice(b"\"count\": ");
            out.extend_from_slice(json_stream_integer(*count).as_bytes());
            out.push(b'}');
        }
        out.push(b']');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use btc_payload::{linear_bucket, log2_bucket};

    fn log2_counts(values: &[i64], bits: u8) -> Vec<u64> {
        let mut counts = vec![0u64; MAX_LOG2_BUCKETS];
        for value in values {
            counts[log2_bucket(*value, bits) as usize] += 1;
        }
        counts
    }

    fn linear_counts(values: &[i64], min: i64, max: i64, step: i64) -> Vec<u64> {
        let mut counts = vec![0u64; MAX_LINEAR_BUCKETS];
        for value in values {
            counts[linear_bucket(*value, min, max, step) as usize] += 1;
        }
        counts
    }

    fn text(histogram: &Histogram) -> String {
        String::from_utf8(histogram.text()).unwrap()
    }

    fn json(histogram: &Histogram) -> String {
        let mut out = Vec::new();
        histogram.write_json(&mut out);
        String::from_utf8(out).unwrap()
    }

    /// tests/runtime/outputs/hist.txt (call suite, `hist`), without the `@:` line and the
    /// blank line after the rows.
    #[test]
    fn hist_text_matches_bpftrace() {
        let histogram = log2_histogram(&log2_counts(&[-1, 2, 3, 7, 20], 0), 0, 1);
        let expected = "\
(..., 0)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
[0]                    0 |                                                    |
[1]                    0 |                                                    |
[2, 4)                 2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
[4, 8)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
[8, 16)                0 |                                                    |
[16, 32)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
";
        assert_eq!(text(&histogram), expected);
    }

    /// tests/runtime/outputs/hist_2_values.txt: the rows start at the first non-zero bucket.
    #[test]
    fn hist_rows_start_at_the_first_non_zero_bucket() {
        let histogram = log2_histogram(&log2_counts(&[3, 20], 0), 0, 1);
        let expected = "\
[2, 4)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
[4, 8)                 0 |                                                    |
[8, 16)                0 |                                                    |
[16, 32)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
";
        assert_eq!(text(&histogram), expected);
    }

    /// tests/runtime/outputs/lhist.txt (call suite, `lhist`).
    #[test]
    fn lhist_text_matches_bpftrace() {
        let histogram = linear_histogram(&linear_counts(&[2, 3, 7, -1, 11], 0, 10, 2), 0, 10, 2);
        let expected = "\
(..., 0)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
[0, 2)                 0 |                                                    |
[2, 4)                 2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
[4, 6)                 0 |                                                    |
[6, 8)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
[8, 10)                0 |                                                    |
[10, ...)              1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
";
        assert_eq!(text(&histogram), expected);
    }

    #[test]
    fn hist_labels_use_binary_suffixes() {
        let histogram = log2_histogram(&log2_counts(&[1024, 5000, 1 << 21, 3 << 30], 0), 0, 1);
        let headers: Vec<String> = (0..histogram.counts.len())
            .map(|row| histogram.row_header(row))
            .collect();
        assert_eq!(headers.first().unwrap(), "[1K, 2K)");
        assert_eq!(headers[2], "[4K, 8K)");
        assert!(headers.contains(&"[2M, 4M)".to_string()));
        assert_eq!(headers.last().unwrap(), "[2G, 4G)");
        // 10 * 2^30: tests/runtime/outputs/hist_10g.json.
        let histogram = log2_histogram(&log2_counts(&[10 << 30], 0), 0, 1);
        assert_eq!(text(&histogram).split(' ').next().unwrap(), "[8G,");
        assert_eq!(
            json(&histogram),
            r#"[{"min": 8589934592, "max": 17179869183, "count": 1}]"#
        );
    }

    #[test]
    fn fine_grained_hist_labels() {
        // hist(v, 2): buckets 1..=8 are single values 0..=7, then [8, 10), [10, 12) ...
        let histogram = log2_histogram(&log2_counts(&[4, 9, 225], 2), 2, 1);
        assert_eq!(histogram.row_header(0), "[4]");
        assert_eq!(histogram.row_header(1), "[5]");
        assert_eq!(histogram.row_header(4), "[8, 10)");
        assert_eq!(
            histogram.row_header(histogram.counts.len() - 1),
            "[224, 256)"
        );
        // tests/runtime/outputs/hist_2args.json: bits 3 switches to ranges at 16.
        let histogram = log2_histogram(&log2_counts(&[15, 16, 17], 3), 3, 1);
        assert_eq!(
            json(&histogram),
            r#"[{"min": 15, "max": 15, "count": 1},{"min": 16, "max": 17, "count": 2}]"#
        );
    }

    /// tests/runtime/outputs/hist_multiple.json, the `curl` key.
    #[test]
    fn hist_json_matches_bpftrace() {
        let histogram = log2_histogram(&log2_counts(&[-1, 0, 511, 1024, 1025], 0), 0, 1);
        let expected = concat!(
            r#"[{"max": -1, "count": 1},{"min": 0, "max": 0, "count": 1},"#,
            r#"{"min": 1, "max": 1, "count": 0},{"min": 2, "max": 3, "count": 0},"#,
            r#"{"min": 4, "max": 7, "count": 0},{"min": 8, "max": 15, "count": 0},"#,
            r#"{"min": 16, "max": 31, "count": 0},{"min": 32, "max": 63, "count": 0},"#,
            r#"{"min": 64, "max": 127, "count": 0},{"min": 128, "max": 255, "count": 0},"#,
            r#"{"min": 256, "max": 511, "count": 1},{"min": 512, "max": 1023, "count": 0},"#,
            r#"{"min": 1024, "max": 2047, "count": 2}]"#
        );
        assert_eq!(json(&histogram), expected);
    }

    /// tests/runtime/outputs/lhist.json.
    #[test]
    fn lhist_json_matches_bpftrace() {
        let histogram = linear_histogram(&linear_counts(&[2, 50, 1000], 0, 100, 10), 0, 100, 10);
        let mut expected = String::from(r#"[{"min": 0, "max": 9, "count": 1}"#);
        for low in (10..100).step_by(10) {
            let count = u64::from(low == 50);
            expected.push_str(&format!(
                r#",{{"min": {low}, "max": {}, "count": {count}}}"#,
                low + 9
            ));
        }
        expected.push_str(r#",{"min": 100, "count": 1}]"#);
        assert_eq!(json(&histogram), expected);
    }

    #[test]
    fn lhist_edge_rows() {
        // Only the overflow bucket: `[max, ...)`.
        let histogram = linear_histogram(&linear_counts(&[10], 0, 10, 2), 0, 10, 2);
        assert_eq!(histogram.row_header(0), "[10, ...)");
        assert_eq!(json(&histogram), r#"[{"min": 10, "count": 1}]"#);
        // Only the underflow bucket.
        let histogram = linear_histogram(&linear_counts(&[-5], 0, 10, 2), 0, 10, 2);
        assert_eq!(histogram.row_header(0), "(..., 0)");
        assert_eq!(json(&histogram), r#"[{"max": -1, "count": 1}]"#);
        // Step 1: adjacent integer bounds print as single values.
        let histogram = linear_histogram(&linear_counts(&[3, 4], 0, 10, 1), 0, 10, 1);
        assert_eq!(histogram.row_header(0), "[3]");
        assert_eq!(histogram.row_header(1), "[4]");
        // A step that is a multiple of 1024 gets K and M suffixes.
        let step = 1024;
        let histogram = linear_histogram(&linear_counts(&[0, 1024], 0, 4096, step), 0, 4096, step);
        assert_eq!(histogram.row_header(0), "[0, 1K)");
        assert_eq!(histogram.row_header(1), "[1K, 2K)");
        assert!(json(&histogram).starts_with(r#"[{"min": 0, "max": 1023, "count": 1},"#));
        let (min, max) = ((1 << 20) - 1024, (1 << 20) + 2048);
        let histogram =
            linear_histogram(&linear_counts(&[1 << 20], min, max, step), min, max, step);
        assert_eq!(histogram.row_header(0), "[1M, 1025K)");
        // max - min not a multiple of step: the last bucket starts below max.
        let histogram = linear_histogram(&linear_counts(&[9, 10], 0, 10, 3), 0, 10, 3);
        assert_eq!(histogram.row_header(0), "[9, ...)");
    }

    #[test]
    fn all_zero_counts_have_no_rows() {
        let histogram = log2_histogram(&[0; 70], 0, 1);
        assert_eq!(histogram, Histogram::default());
        assert_eq!(text(&histogram), "");
        assert_eq!(json(&histogram), "[]");
    }

    #[test]
    fn bars_are_truncated_floats_and_counts_are_divided() {
        let mut counts = vec![0u64; 10];
        counts[3] = 3;
        counts[4] = 1;
        counts[5] = 2;
        let histogram = log2_histogram(&counts, 0, 1);
        let rows = text(&histogram);
        let bars: Vec<usize> = rows.lines().map(|line| line.matches('@').count()).collect();
        // 1/3 * 52 = 17.33, 2/3 * 52 = 34.67.
        assert_eq!(bars, [52, 17, 34]);
        let divided = log2_histogram(&counts, 0, 2);
        assert_eq!(divided.counts, [1, 0, 1]);
        // A count wider than the column pushes the bar right, as setw does.
        let mut counts = vec![0u64; 4];
        counts[1] = 123_456_789;
        let rows = text(&log2_histogram(&counts, 0, 1));
        assert_eq!(
            rows,
            format!("[0]             123456789 |{}|\n", "@".repeat(52))
        );
    }
}
