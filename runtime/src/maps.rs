//! The user maps (`@name`): reading, combining per-CPU values, sorting, and the `print`,
//! `clear` and `zero` operations on them.
//!
//! In: the metadata's `UserMap`s and the loaded object's maps. Out: a [`PrintedMap`] per
//! printed map, its entries decoded, combined and sorted, ready for the output layer.
//!
//! Facts from bpftrace v0.26 (`src/types_format.cpp`, `format` of a map; `src/util/stats.h`;
//! `src/bpfmap.cpp`; `src/async_action.cpp`; the end of `BPFtrace::run`):
//! - at exit every user map is printed, in alphabetical order of name; an empty keyed map,
//!   and a scalar map that was never assigned, print nothing in text (JSON: see output.rs);
//! - count and sum are summed over the CPUs; min and max take the extreme of the CPUs whose
//!   `set` word is non-zero (0 when none is); avg and stats sum `total` and `count` over the
//!   CPUs, the average is `total / count` (0 when the count is 0), in the aggregation's
//!   signedness;
//! - count, sum and integer maps sort ascending by value (signed or not); min and max sort by
//!   their value compared as *unsigned*; avg and stats by their average; hist and lhist by
//!   the total of their buckets, keys with equal totals in byte order of the key; everything
//!   else by key, integers compared as signed numbers of their size, strings bytewise, tuples
//!   field by field. Sorts keep the kernel's iteration order among equal values;
//! - `print(@m, top, div)`: with `top` non-zero only the last `top` entries are kept; values
//!   are divided by `div` (count, sum, min, max, integers, the average of avg and stats, hist
//!   counts; not lhist, not the count and total of stats);
//! - a hist key is the user key followed by a `u64` bucket index (buckets up to 65 * 32 for
//!   hist and 1002 for lhist);
//! - `clear` deletes every key; `zero` overwrites every value with zeros, keeping the keys
//!   (so a zeroed histogram prints its name and no rows).

use crate::bpf::{Map, Object};
use crate::histogram::{
    Histogram, MAX_LINEAR_BUCKETS, MAX_LOG2_BUCKETS, linear_histogram, log2_histogram,
};
use crate::value::{self, Value};
use btc_payload::{MapValue, UserMap, ValueType};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// A user map's contents, already combined, sorted and cut to `top`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintedMap {
    /// The script's spelling: `@name` or `@`.
    pub name: String,
    /// An `avg()` or `stats()` map: JSON calls it `stats`.
    pub stats: bool,
    pub contents: MapContents,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MapContents {
    Scalar(Value),
    /// Also what a scalar map without a value gives: no entries.
    Keyed(Vec<(Value, Value)>),
    Histogram(Histogram),
    KeyedHistograms(Vec<(Value, Histogram)>),
}

/// A user map and its BPF map in the loaded object (`None` when the object lacks it).
#[derive(Debug, Clone)]
pub struct MapHandle {
    pub user: UserMap,
    pub map: Option<Map>,
}

/// Finds every user map in the object, in metadata order. Maps the object lacks are
/// reported once on stderr.
pub fn handles(object: &Object, maps: &[UserMap]) -> Vec<MapHandle> {
    maps.iter()
        .map(|user| {
            let map = object.map(&user.bpf_name);
            if map.is_none() {
                eprintln!(
                    "WARNING: the BPF object has no map `{}` for {}",
                    user.bpf_name, user.name
                );
            }
            MapHandle {
                user: user.clone(),
                map,
            }
        })
        .collect()
}

/// Every map's contents at exit, in printing order (alphabetical by name).
pub fn read_all(handles: &[MapHandle]) -> Vec<PrintedMap> {
    let mut sorted: Vec<&MapHandle> = handles.iter().collect();
    sorted.sort_by(|left, right| left.user.name.cmp(&right.user.name));
    sorted
        .into_iter()
        .filter_map(|handle| read(handle, 0, 1))
        .collect()
}

/// The map's contents now, as `print(@m, top, divisor)` shows them.
pub fn read(handle: &MapHandle, top: u64, divisor: u64) -> Option<PrintedMap> {
    let map = handle.map.as_ref()?;
    Some(contents(&handle.user, map, read_entries(map), top, divisor))
}

/// `clear(@m)`: deletes every entry.
pub fn clear(handle: &MapHandle) {
    let Some(map) = &handle.map else { return };
    for key in map.keys() {
        if let Err(error) = map.delete(&key)
            && error != -libc::ENOENT
        {
            warn_failed("clear", handle, error);
            return;
        }
    }
}

/// `zero(@m)`: sets every value to zero, keeping the keys.
pub fn zero(handle: &MapHandle) {
    let Some(map) = &handle.map else { return };
    let zeros = vec![0u8; map.lookup_size()];
    for key in map.keys() {
        if let Err(error) = map.update_existing(&key, &zeros)
            && error != -libc::ENOENT
        {
            warn_failed("zero", handle, error);
            return;
        }
    }
}

fn warn_failed(what: &str, handle: &MapHandle, error: i32) {
    eprintln!(
        "WARNING: cannot {what} {}: {}",
        handle.user.name,
        std::io::Error::from_raw_os_error(error.saturating_abs())
    );
}

/// Every (key bytes, value bytes) pair, in kernel iteration order.
fn read_entries(map: &Map) -> Vec<(Vec<u8>, Vec<u8>)> {
    map.keys()
        .into_iter()
        .filter_map(|key| map.lookup(&key).map(|value| (key, value)))
        .collect()
}

/// A value that entries sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum SortKey {
    Signed(i64),
    Unsigned(u64),
}

/// Decodes, combines, sorts and cuts the raw entries of one map.
fn contents(
    user_map: &UserMap,
    map: &Map,
    entries: Vec<(Vec<u8>, Vec<u8>)>,
    top: u64,
    divisor: u64,
) -> PrintedMap {
    let divisor = divisor.max(1);
    let slot = if map.is_per_cpu() {
        map.value_size.next_multiple_of(8).max(1)
    } else {
        map.lookup_size().max(1)
    };
    let contents = match &user_map.value {
        MapValue::Histogram { .. } | MapValue::LinearHistogram { .. } => {
            histogram_contents(user_map, map.key_size, entries, slot, top, divisor)
        }
        value_type => plain_contents(user_map, value_type, entries, slot, top, divisor),
    };
    PrintedMap {
        name: user_map.name.clone(),
        stats: matches!(
            user_map.value,
            MapValue::Average { .. } | MapValue::Stats { .. }
        ),
        contents,
    }
}

/// How many leading entries `top` drops from `total` sorted entries.
fn skipped_by_top(total: usize, top: u64) -> usize {
    match usize::try_from(top) {
        Ok(top) if top != 0 && total > top => total - top,
        _ => 0,
    }
}

fn plain_contents(
    user_map: &UserMap,
    value_type: &MapValue,
    entries: Vec<(Vec<u8>, Vec<u8>)>,
    slot: usize,
    top: u64,
    divisor: u64,
) -> MapContents {
    let mut decoded: Vec<(Vec<u8>, Value, Option<SortKey>)> = entries
        .into_iter()
        .map(|(key, bytes)| {
            let cpus: Vec<&[u8]> = bytes.chunks(slot).collect();
            let (value, sort_key) = combine(value_type, &cpus, divisor);
            (key, value, sort_key)
        })
        .collect();
    let by_value = decoded.iter().all(|(_, _, sort_key)| sort_key.is_some());
    if by_value {
        decoded.sort_by_key(|entry| entry.2);
    } else if let Some(key_type) = &user_map.key {
        decoded.sort_by(|left, right| compare_keys(key_type, &left.0, &right.0));
    }
    let skip = skipped_by_top(decoded.len(), top);
    let mut kept = decoded.into_iter().skip(skip);
    match &user_map.key {
        None => match kept.next() {
            Some((_, value, _)) => MapContents::Scalar(value),
            None => MapContents::Keyed(Vec::new()),
        },
        Some(key_type) => MapContents::Keyed(
            kept.map(|(key, value, _)| (decode_key(&key, key_type), value))
                .collect(),
        ),
    }
}

fn decode_key(bytes: &[u8], key_type: &ValueType) -> Value {
    value::decode(&bytes[..key_type.size().min(bytes.len())], key_type)
}

/// The `u64` at `offset` in one CPU's slot; 0 when the slot is shorter.
fn word(slot: &[u8], offset: usize) -> u64 {
    slot.get(offset..offset + 8)
        .and_then(|bytes| bytes.try_into().ok())
        .map_or(0, u64::from_le_bytes)
}

/// One entry's printed value, and the key it sorts by (`None`: the map sorts by key).
fn combine(value_type: &MapValue, cpus: &[&[u8]], divisor: u64) -> (Value, Option<SortKey>) {
    let signed_divisor = divisor as i64;
    match value_type {
        MapValue::Count | MapValue::Sum { signed: false } => {
            let total = cpus
                .iter()
                .fold(0u64, |total, cpu| total.wrapping_add(word(cpu, 0)));
            (
                Value::Unsigned(total / divisor),
                Some(SortKey::Unsigned(total)),
            )
        }
        MapValue::Sum { signed: true } => {
            let total = cpus
                .iter()
                .fold(0i64, |total, cpu| total.wrapping_add(word(cpu, 0) as i64));
            (
                Value::Signed(total.wrapping_div(signed_divisor)),
                Some(SortKey::Signed(total)),
            )
        }
        MapValue::Min { signed } | MapValue::Max { signed } => {
            let is_max = matches!(value_type, MapValue::Max { .. });
            let set: Vec<u64> = cpus
                .iter()
                .filter(|cpu| word(cpu, 8) != 0)
                .map(|cpu| word(cpu, 0))
                .collect();
            let unsigned = extreme(set.iter().copied(), is_max).unwrap_or(0);
            let value = if *signed {
                let extreme_signed =
                    extreme(set.iter().map(|&bits| bits as i64), is_max).unwrap_or(0);
                Value::Signed(extreme_signed.wrapping_div(signed_divisor))
            } else {
                Value::Unsigned(unsigned / divisor)
            };
            (value, Some(SortKey::Unsigned(unsigned)))
        }
        MapValue::Average { signed } | MapValue::Stats { signed } => {
            let total = cpus
                .iter()
                .fold(0u64, |total, cpu| total.wrapping_add(word(cpu, 0)));
            let count = cpus
                .iter()
                .fold(0u64, |count, cpu| count.wrapping_add(word(cpu, 8)));
            let is_stats = matches!(value_type, MapValue::Stats { .. });
            let (count_value, average, total_value, sort_key) = if *signed {
                let (total, count) = (total as i64, count as i64);
                let average = if count > 0 {
                    total.wrapping_div(count)
                } else {
                    0
                };
                (
                    Value::Signed(count),
                    Value::Signed(average.wrapping_div(signed_divisor)),
                    Value::Signed(total),
                    SortKey::Signed(average),
                )
            } else {
                let average = total.checked_div(count).unwrap_or(0);
                (
                    Value::Unsigned(count),
                    Value::Unsigned(average / divisor),
                    Value::Unsigned(total),
                    SortKey::Unsigned(average),
                )
            };
            let value = if is_stats {
                Value::Record(vec![
                    ("count".to_string(), count_value),
                    ("average".to_string(), average),
                    ("total".to_string(), total_value),
                ])
            } else {
                average
            };
            (value, Some(sort_key))
        }
        MapValue::Plain(ty) => {
            let value = value::decode(cpus.first().copied().unwrap_or_default(), ty);
            match value {
                Value::Signed(number) => (
                    Value::Signed(number.wrapping_div(signed_divisor)),
                    Some(SortKey::Signed(number)),
                ),
                Value::Unsigned(number) => (
                    Value::Unsigned(number / divisor),
                    Some(SortKey::Unsigned(number)),
                ),
                other => (other, None),
            }
        }
        // Histograms are combined per bucket, in `histogram_contents`.
        MapValue::Histogram { .. } | MapValue::LinearHistogram { .. } => (Value::Unsigned(0), None),
    }
}

/// The largest (or smallest) of `values`, `None` when there are none.
fn extreme<T: Ord>(values: impl Iterator<Item = T>, is_max: bool) -> Option<T> {
    if is_max { values.max() } else { values.min() }
}

fn histogram_contents(
    user_map: &UserMap,
    key_size: usize,
    entries: Vec<(Vec<u8>, Vec<u8>)>,
    slot: usize,
    top: u64,
    divisor: u64,
) -> MapContents {
    let bucket_count = match user_map.value {
        MapValue::Histogram { .. } => MAX_LOG2_BUCKETS,
        _ => MAX_LINEAR_BUCKETS,
    };
    let prefix_size = key_size.saturating_sub(8);
    // Grouped by the user key's bytes, in byte order, as bpftrace's std::map does.
    let mut by_key: BTreeMap<Vec<u8>, Vec<u64>> = BTreeMap::new();
    for (key, bytes) in entries {
        let Some(prefix) = key.get(..prefix_size) else {
            continue;
        };
        let bucket = word(&key, prefix_size) as usize;
        let counts = by_key
            .entry(prefix.to_vec())
            .or_insert_with(|| vec![0; bucket_count]);
        if let Some(count) = counts.get_mut(bucket) {
            *count = bytes
                .chunks(slot)
                .fold(0u64, |total, cpu| total.wrapping_add(word(cpu, 0)));
        }
    }
    let mut totals: Vec<(Vec<u8>, Vec<u64>, u64)> = by_key
        .into_iter()
        .map(|(key, counts)| {
            let total = counts
                .iter()
                .fold(0u64, |sum, count| sum.wrapping_add(*count));
            (key, counts, total)
        })
        .collect();
    totals.sort_by_key(|entry| entry.2);
    let skip = skipped_by_top(totals.len(), top);
    let histograms = totals.into_iter().skip(skip).map(|(key, counts, _)| {
        let histogram = match user_map.value {
            MapValue::LinearHistogram { min, max, step } => {
                linear_histogram(&counts, min, max, step)
            }
            MapValue::Histogram { bits } => log2_histogram(&counts, bits, divisor),
            _ => Histogram::default(),
        };
        (key, histogram)
    });
    match &user_map.key {
        None => {
            let mut histograms = histograms;
            match histograms.next() {
                Some((_, histogram)) => MapContents::Histogram(histogram),
                None => MapContents::Keyed(Vec::new()),
            }
        }
        Some(key_type) => MapContents::KeyedHistograms(
            histograms
                .map(|(key, histogram)| (decode_key(&key, key_type), histogram))
                .collect(),
        ),
    }
}

/// bpftrace's `sort_by_key`: integers as signed numbers of their size, strings bytewise over
/// their buffers, tuples field by field (other field types do not order).
fn compare_keys(key_type: &ValueType, left: &[u8], right: &[u8]) -> Ordering {
    match key_type {
        ValueType::Integer { bytes, .. } => {
            let signed = ValueType::Integer {
                bytes: *bytes,
                signed: true,
            };
            match (value::decode(left, &signed), value::decode(right, &signed)) {
                (Value::Signed(left), Value::Signed(right)) => left.cmp(&right),
                _ => Ordering::Equal,
            }
        }
        ValueType::String { size } => {
            let size = *size as usize;
            left[..size.min(left.len())].cmp(&right[..size.min(right.len())])
        }
        ValueType::Tuple { fields, .. } => {
            for field in fields {
                if !matches!(
                    field.ty,
                    ValueType::Integer { .. } | ValueType::String { .. }
                ) {
                    continue;
                }
                let slice = |bytes: &[u8]| -> Vec<u8> {
                    let start = (field.offset as usize).min(bytes.len());
                    let end = start.saturating_add(field.ty.size()).min(bytes.len());
                    bytes[start..end].to_vec()
                };
                let order = compare_keys(&field.ty, &slice(left), &slice(right));
                if order != Ordering::Equal {
                    return order;
                }
            }
            Ordering::Equal
        }
        ValueType::Timestamp { .. }
        | ValueType::InetAddress
        | ValueType::Buffer { .. }
        | ValueType::Pointer
        | ValueType::ErrorNumber
        | ValueType::Resolved(_)
        | ValueType::Enum { .. }
        | ValueType::Record { .. }
        | ValueType::Stack { .. }
        | ValueType::KernelSymbol
        | ValueType::UserSymbol
        | ValueType::MacAddress
        | ValueType::Array { .. } => Ordering::Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use btc_payload::{Field, linear_bucket, log2_bucket};
    use libbpf_sys as sys;

    fn map(map_type: sys::bpf_map_type, key_size: usize, value_size: usize) -> Map {
        Map {
            fd: -1,
            map_type,
            key_size,
            value_size,
        }
    }

    fn user_map(key: Option<ValueType>, value: MapValue) -> UserMap {
        UserMap {
            name: "@m".into(),
            bpf_name: "AT_m".into(),
            key,
            value,
        }
    }

    fn cpus() -> usize {
        crate::bpf::possible_cpus()
    }

    /// A per-CPU value: `words[cpu]` is that CPU's slot (missing CPUs are zero).
    fn per_cpu(words: &[&[u64]], slot_words: usize) -> Vec<u8> {
        let mut bytes = vec![0u8; 8 * slot_words * cpus()];
        for (cpu, slot) in words.iter().enumerate().take(cpus()) {
            for (index, word) in slot.iter().enumerate() {
                let offset = (cpu * slot_words + index) * 8;
                bytes[offset..offset + 8].copy_from_slice(&word.to_le_bytes());
            }
        }
        bytes
    }

    fn int64() -> ValueType {
        ValueType::Integer {
            bytes: 8,
            signed: true,
        }
    }

    fn string(size: u32) -> ValueType {
        ValueType::String { size }
    }

    fn keyed(printed: PrintedMap) -> Vec<(Value, Value)> {
        match printed.contents {
            MapContents::Keyed(entries) => entries,
            other => panic!("not a keyed map: {other:?}"),
        }
    }

    fn key_bytes(text: &[u8], size: usize) -> Vec<u8> {
        let mut bytes = text.to_vec();
        bytes.resize(size, 0);
        bytes
    }

    #[test]
    fn counts_are_summed_and_sorted_by_value() {
        let counts = user_map(Some(string(8)), MapValue::Count);
        let map = map(sys::BPF_MAP_TYPE_PERCPU_HASH, 8, 8);
        let entries = vec![
            (key_bytes(b"sshd", 8), per_cpu(&[&[5], &[2]], 1)),
            (key_bytes(b"bash", 8), per_cpu(&[&[1]], 1)),
            (key_bytes(b"cron", 8), per_cpu(&[&[3]], 1)),
        ];
        let sorted = keyed(contents(&counts, &map, entries, 0, 1));
        let names: Vec<Vec<u8>> = sorted.iter().map(|(key, _)| key.to_text()).collect();
        assert_eq!(
            names,
            [b"bash".to_vec(), b"cron".to_vec(), b"sshd".to_vec()]
        );
        let expected_sshd = if cpus() > 1 { 7 } else { 5 };
        assert_eq!(sorted[2].1, Value::Unsigned(expected_sshd));
    }

    #[test]
    fn signed_values_sort_as_signed_and_string_values_by_signed_key() {
        let sums = user_map(
            Some(ValueType::Integer {
                bytes: 8,
                signed: false,
            }),
            MapValue::Sum { signed: true },
        );
        let percpu = map(sys::BPF_MAP_TYPE_PERCPU_HASH, 8, 8);
        let entries = vec![
            (1u64.to_le_bytes().to_vec(), per_cpu(&[&[5]], 1)),
            (2u64.to_le_bytes().to_vec(), per_cpu(&[&[-3i64 as u64]], 1)),
        ];
        let sorted = keyed(contents(&sums, &percpu, entries, 0, 1));
        assert_eq!(sorted[0], (Value::Unsigned(2), Value::Signed(-3)));

        let strings = user_map(
            Some(ValueType::Integer {
                bytes: 8,
                signed: false,
            }),
            MapValue::Plain(string(4)),
        );
        let hash = map(sys::BPF_MAP_TYPE_HASH, 8, 4);
        let entries = vec![
            (5u64.to_le_bytes().to_vec(), b"a\0\0\0".to_vec()),
            (u64::MAX.to_le_bytes().to_vec(), b"b\0\0\0".to_vec()),
            (1u64.to_le_bytes().to_vec(), b"c\0\0\0".to_vec()),
        ];
        let keys: Vec<Value> = keyed(contents(&strings, &hash, entries, 0, 1))
            .into_iter()
            .map(|(key, _)| key)
            .collect();
        assert_eq!(
            keys,
            [
                Value::Unsigned(u64::MAX),
                Value::Unsigned(1),
                Value::Unsigned(5)
            ]
        );
    }

    #[test]
    fn empty_maps_have_no_entries() {
        let scalar = user_map(None, MapValue::Plain(int64()));
        let hash = map(sys::BPF_MAP_TYPE_HASH, 8, 8);
        let printed = contents(&scalar, &hash, vec![], 0, 1);
        assert_eq!(printed.contents, MapContents::Keyed(vec![]));
        assert!(!printed.stats);
        let entries = vec![(vec![0u8; 8], 9i64.to_le_bytes().to_vec())];
        assert_eq!(
            contents(&scalar, &hash, entries, 0, 1).contents,
            MapContents::Scalar(Value::Signed(9))
        );
        let averages = user_map(None, MapValue::Average { signed: true });
        let printed = contents(&averages, &hash, vec![], 0, 1);
        assert!(printed.stats);
        assert_eq!(printed.contents, MapContents::Keyed(vec![]));
    }

    #[test]
    fn min_and_max_use_only_cpus_that_set_them() {
        let percpu = map(sys::BPF_MAP_TYPE_PERCPU_HASH, 8, 16);
        let minimum = user_map(None, MapValue::Min { signed: true });
        let maximum = user_map(None, MapValue::Max { signed: true });
        // CPU 0 set -4, CPU 1 never set (its value 0 must not count).
        let value = per_cpu(&[&[-4i64 as u64, 1], &[0, 0]], 2);
        let entry = || vec![(vec![0u8; 8], value.clone())];
        assert_eq!(
            contents(&minimum, &percpu, entry(), 0, 1).contents,
            MapContents::Scalar(Value::Signed(-4))
        );
        assert_eq!(
            contents(&maximum, &percpu, entry(), 0, 1).contents,
            MapContents::Scalar(Value::Signed(-4))
        );
        if cpus() > 1 {
            let value = per_cpu(&[&[7, 1], &[3, 1]], 2);
            assert_eq!(
                contents(&minimum, &percpu, vec![(vec![0u8; 8], value.clone())], 0, 1).contents,
                MapContents::Scalar(Value::Signed(3))
            );
            assert_eq!(
                contents(&maximum, &percpu, vec![(vec![0u8; 8], value)], 0, 1).contents,
                MapContents::Scalar(Value::Signed(7))
            );
        }
        // Nothing set: 0.
        let unset = per_cpu(&[&[9, 0]], 2);
        assert_eq!(
            contents(&maximum, &percpu, vec![(vec![0u8; 8], unset)], 0, 1).contents,
            MapContents::Scalar(Value::Signed(0))
        );
    }

    #[test]
    fn min_maps_sort_by_unsigned_value() {
        let percpu = map(sys::BPF_MAP_TYPE_PERCPU_HASH, 8, 16);
        let minimum = user_map(Some(int64()), MapValue::Min { signed: true });
        let entries = vec![
            (
                1i64.to_le_bytes().to_vec(),
                per_cpu(&[&[-1i64 as u64, 1]], 2),
            ),
            (2i64.to_le_bytes().to_vec(), per_cpu(&[&[5, 1]], 2)),
        ];
        let sorted = keyed(contents(&minimum, &percpu, entries, 0, 1));
        // -1 is the largest as an unsigned number, so it comes last.
        assert_eq!(
            sorted,
            [
                (Value::Signed(2), Value::Signed(5)),
                (Value::Signed(1), Value::Signed(-1))
            ]
        );
    }

    #[test]
    fn averages_and_stats_combine_over_cpus() {
        let percpu = map(sys::BPF_MAP_TYPE_PERCPU_HASH, 8, 16);
        let stats = user_map(None, MapValue::Stats { signed: true });
        // (1 + 2 + 3) on CPU 0: total 6, count 3 (the call suite's `stats` case).
        let value = per_cpu(&[&[6, 3]], 2);
        let printed = contents(&stats, &percpu, vec![(vec![0u8; 8], value)], 0, 1);
        assert!(printed.stats);
        let MapContents::Scalar(record) = printed.contents else {
            panic!()
        };
        assert_eq!(
            record.to_text(),
            b"{ .count = 3, .average = 2, .total = 6 }"
        );
        if cpus() > 1 {
            let average = user_map(None, MapValue::Average { signed: true });
            let value = per_cpu(&[&[-7i64 as u64, 2], &[-2i64 as u64, 1]], 2);
            assert_eq!(
                contents(&average, &percpu, vec![(vec![0u8; 8], value)], 0, 1).contents,
                MapContents::Scalar(Value::Signed(-3))
            );
        }
        // Unsigned average of nothing is 0.
        let average = user_map(None, MapValue::Average { signed: false });
        let value = per_cpu(&[&[0, 0]], 2);
        assert_eq!(
            contents(&average, &percpu, vec![(vec![0u8; 8], value)], 0, 1).contents,
            MapContents::Scalar(Value::Unsigned(0))
        );
    }

    /// The call suite's `print_avg_map_args` and `print_avg_map_with_large_top`.
    #[test]
    fn top_keeps_the_last_entries_and_divisor_divides_the_average() {
        let percpu = map(sys::BPF_MAP_TYPE_PERCPU_HASH, 8, 16);
        let average = user_map(Some(string(8)), MapValue::Average { signed: true });
        let entries = || {
            vec![
                (key_bytes(b"c", 8), per_cpu(&[&[30, 1]], 2)),
                (key_bytes(b"a", 8), per_cpu(&[&[10, 1]], 2)),
                (key_bytes(b"d", 8), per_cpu(&[&[40, 1]], 2)),
                (key_bytes(b"b", 8), per_cpu(&[&[20, 1]], 2)),
            ]
        };
        let text = |entries: Vec<(Value, Value)>| -> Vec<String> {
            entries
                .iter()
                .map(|(key, value)| {
                    format!(
                        "{}={}",
                        String::from_utf8_lossy(&key.to_text()),
                        String::from_utf8_lossy(&value.to_text())
                    )
                })
                .collect()
        };
        assert_eq!(
            text(keyed(contents(&average, &percpu, entries(), 2, 10))),
            ["c=3", "d=4"]
        );
        assert_eq!(
            text(keyed(contents(&average, &percpu, entries(), 10, 10))),
            ["a=1", "b=2", "c=3", "d=4"]
        );
    }

    #[test]
    fn tuple_keys_sort_field_by_field() {
        let key_type = ValueType::Tuple {
            fields: vec![
                Field {
                    offset: 0,
                    ty: string(4),
                },
                Field {
                    offset: 8,
                    ty: int64(),
                },
            ],
            size: 16,
        };
        let strings = user_map(Some(key_type), MapValue::Plain(string(4)));
        let hash = map(sys::BPF_MAP_TYPE_HASH, 16, 4);
        let key = |text: &[u8], number: i64| {
            let mut bytes = key_bytes(text, 8);
            bytes.extend_from_slice(&number.to_le_bytes());
            bytes
        };
        let entries = vec![
            (key(b"b", 1), b"x\0\0\0".to_vec()),
            (key(b"a", 2), b"x\0\0\0".to_vec()),
            (key(b"a", -1), b"x\0\0\0".to_vec()),
        ];
        let keys: Vec<Vec<u8>> = keyed(contents(&strings, &hash, entries, 0, 1))
            .iter()
            .map(|(key, _)| key.to_key_text())
            .collect();
        assert_eq!(
            keys,
            [b"a, -1".to_vec(), b"a, 2".to_vec(), b"b, 1".to_vec()]
        );
    }

    fn histogram_entries(
        keys_and_values: &[(&[u8], i64)],
        bucket: impl Fn(i64) -> u64,
    ) -> Vec<(Vec<u8>, Vec<u8>)> {
        let mut counts: BTreeMap<Vec<u8>, u64> = BTreeMap::new();
        for (key, value) in keys_and_values {
            let mut bpf_key = key_bytes(key, 8);
            bpf_key.extend_from_slice(&bucket(*value).to_le_bytes());
            *counts.entry(bpf_key).or_default() += 1;
        }
        counts
            .into_iter()
            .map(|(key, count)| (key, per_cpu(&[&[count]], 1)))
            .collect()
    }

    /// The json-output suite's `multiple linear histograms`: sorted by total count.
    #[test]
    fn histograms_sort_by_total_count() {
        let lhist = user_map(
            Some(string(8)),
            MapValue::LinearHistogram {
                min: 0,
                max: 100,
                step: 10,
            },
        );
        let percpu = map(sys::BPF_MAP_TYPE_PERCPU_HASH, 16, 8);
        let entries = histogram_entries(
            &[(b"bpftrace", 2), (b"curl", 50), (b"bpftrace", 1000)],
            |value| linear_bucket(value, 0, 100, 10),
        );
        let printed = contents(&lhist, &percpu, entries, 0, 1);
        let MapContents::KeyedHistograms(histograms) = printed.contents else {
            panic!()
        };
        let keys: Vec<Vec<u8>> = histograms.iter().map(|(key, _)| key.to_text()).collect();
        assert_eq!(keys, [b"curl".to_vec(), b"bpftrace..".to_vec()]);
        assert_eq!(histograms[0].1.counts, [1]);
        assert_eq!(histograms[1].1.counts.len(), 11);
    }

    /// The call suite's `print_hist_with_top_arg`: the two largest totals, ties in key order.
    #[test]
    fn histogram_top_and_scalar() {
        let hist = user_map(Some(int64()), MapValue::Histogram { bits: 0 });
        let percpu = map(sys::BPF_MAP_TYPE_PERCPU_HASH, 16, 8);
        let mut entries = Vec::new();
        for (key, value) in [(1i64, 10), (2, 20), (3, 30)] {
            let mut bpf_key = key.to_le_bytes().to_vec();
            bpf_key.extend_from_slice(&log2_bucket(value, 0).to_le_bytes());
            entries.push((bpf_key, per_cpu(&[&[1]], 1)));
        }
        entries.reverse();
        let MapContents::KeyedHistograms(histograms) =
            contents(&hist, &percpu, entries, 2, 1).contents
        else {
            panic!()
        };
        let keys: Vec<Value> = histograms.into_iter().map(|(key, _)| key).collect();
        assert_eq!(keys, [Value::Signed(2), Value::Signed(3)]);

        let scalar = user_map(None, MapValue::Histogram { bits: 0 });
        let mut bpf_key = 0u64.to_le_bytes().to_vec();
        bpf_key.extend_from_slice(&log2_bucket(2, 0).to_le_bytes());
        let printed = contents(&scalar, &percpu, vec![(bpf_key, per_cpu(&[&[0]], 1))], 0, 1);
        // A zeroed histogram: a histogram without rows.
        assert_eq!(
            printed.contents,
            MapContents::Histogram(Histogram::default())
        );
        assert_eq!(
            contents(&scalar, &percpu, vec![], 0, 1).contents,
            MapContents::Keyed(vec![])
        );
    }
}
