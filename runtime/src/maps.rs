//! Reading the user maps (`@name`) at exit, in the order and shape bpftrace prints them.
//!
//! In: the metadata's `UserMap`s and the loaded object's maps. Out: one [`PrintedMap`] per
//! user map, its entries decoded and sorted, ready for the output layer.
//!
//! Facts from bpftrace v0.26 (`src/types_format.cpp`, `format` of a map; `src/bpftrace.cpp`,
//! the end of `run`):
//! - maps print in alphabetical order of name;
//! - per-CPU values (`count()`, `sum()`) are summed over the possible CPUs;
//! - count, sum and integer maps are sorted ascending by value (signed or unsigned as the
//!   value type is); other maps (string values) are sorted by key, integer keys compared as
//!   *signed* integers of their size and string keys bytewise over the whole buffer. The
//!   sort keeps the kernel's iteration order among equal values;
//! - a scalar map that was never assigned, and a keyed map without entries, print nothing.

use crate::bpf::{Map, Object};
use crate::output::{MapContents, PrintedMap};
use crate::value::{self, Value};
use btc_payload::{MapValue, UserMap, ValueType};
use std::cmp::Ordering;

/// The maps to print at exit, in printing order. Maps the object lacks are reported once on
/// stderr and skipped.
pub fn read_user_maps(object: &Object, maps: &[UserMap]) -> Vec<PrintedMap> {
    let mut sorted: Vec<&UserMap> = maps.iter().collect();
    sorted.sort_by(|left, right| left.name.cmp(&right.name));
    let mut printed = Vec::new();
    for user_map in sorted {
        let Some(map) = object.map(&user_map.bpf_name) else {
            eprintln!(
                "WARNING: the BPF object has no map `{}` for {}",
                user_map.bpf_name, user_map.name
            );
            continue;
        };
        let entries = read_entries(&map);
        if let Some(contents) = contents(user_map, &map, entries) {
            printed.push(PrintedMap {
                name: user_map.name.clone(),
                contents,
            });
        }
    }
    printed
}

/// Every (key bytes, value bytes) pair, in kernel iteration order.
fn read_entries(map: &Map) -> Vec<(Vec<u8>, Vec<u8>)> {
    map.keys()
        .into_iter()
        .filter_map(|key| map.lookup(&key).map(|value| (key, value)))
        .collect()
}

/// Decodes and sorts the raw entries of one map; `None` when there is nothing to print.
fn contents(
    user_map: &UserMap,
    map: &Map,
    entries: Vec<(Vec<u8>, Vec<u8>)>,
) -> Option<MapContents> {
    let slot = if map.is_per_cpu() {
        map.value_size.next_multiple_of(8)
    } else {
        map.lookup_size()
    };
    let decode_value = |bytes: &[u8]| reduce_value(&user_map.value, bytes, slot, map.is_per_cpu());
    match &user_map.key {
        None => {
            let (_, value) = entries
                .into_iter()
                .find(|(key, _)| key.iter().all(|&byte| byte == 0))?;
            Some(MapContents::Scalar(decode_value(&value)))
        }
        Some(key_type) => {
            if entries.is_empty() {
                return None;
            }
            let mut decoded: Vec<(Vec<u8>, Value)> = entries
                .into_iter()
                .map(|(key, value)| (key, decode_value(&value)))
                .collect();
            if sorts_by_value(&user_map.value) {
                decoded.sort_by(|left, right| compare_values(&left.1, &right.1));
            } else {
                decoded.sort_by(|left, right| compare_keys(key_type, &left.0, &right.0));
            }
            let entries = decoded
                .into_iter()
                .map(|(key, value)| (value::decode(&key, key_type), value))
                .collect();
            Some(MapContents::Keyed(entries))
        }
    }
}

/// The value of one entry: summed over CPUs for a per-CPU map of integers.
fn reduce_value(value_type: &MapValue, bytes: &[u8], slot: usize, per_cpu: bool) -> Value {
    let ty = match value_type {
        MapValue::Count => ValueType::Integer {
            bytes: 8,
            signed: false,
        },
        MapValue::Sum => ValueType::Integer {
            bytes: 8,
            signed: true,
        },
        MapValue::Plain(ty) => ty.clone(),
    };
    let first = value::decode(&bytes[..slot.min(bytes.len())], &ty);
    if !per_cpu || slot == 0 {
        return first;
    }
    let slots = bytes.chunks(slot).map(|chunk| value::decode(chunk, &ty));
    match first {
        Value::Signed(_) => Value::Signed(slots.fold(0i64, |total, value| {
            total.wrapping_add(if let Value::Signed(n) = value { n } else { 0 })
        })),
        Value::Unsigned(_) => Value::Unsigned(slots.fold(0u64, |total, value| {
            total.wrapping_add(if let Value::Unsigned(n) = value { n } else { 0 })
        })),
        // A per-CPU string has no sum; show the first CPU's.
        Value::String(_) => first,
    }
}

fn sorts_by_value(value_type: &MapValue) -> bool {
    match value_type {
        MapValue::Count | MapValue::Sum => true,
        MapValue::Plain(ty) => matches!(ty, ValueType::Integer { .. }),
    }
}

fn compare_values(left: &Value, right: &Value) -> Ordering {
    match (left, right) {
        (Value::Signed(left), Value::Signed(right)) => left.cmp(right),
        (Value::Unsigned(left), Value::Unsigned(right)) => left.cmp(right),
        _ => Ordering::Equal,
    }
}

/// bpftrace's `sort_by_key`: integers as signed numbers of their size, strings bytewise.
fn compare_keys(key_type: &ValueType, left: &[u8], right: &[u8]) -> Ordering {
    match key_type {
        ValueType::Integer { bytes, .. } => {
            let signed = ValueType::Integer {
                bytes: *bytes,
                signed: true,
            };
            compare_values(
                &value::decode(left, &signed),
                &value::decode(right, &signed),
            )
        }
        ValueType::String { .. } => left.cmp(right),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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

    fn per_cpu_u64(values: &[u64]) -> Vec<u8> {
        let cpus = crate::bpf::possible_cpus();
        let mut bytes = vec![0u8; 8 * cpus];
        for (cpu, value) in values.iter().enumerate().take(cpus) {
            bytes[cpu * 8..cpu * 8 + 8].copy_from_slice(&value.to_le_bytes());
        }
        bytes
    }

    #[test]
    fn counts_are_summed_and_sorted_by_value() {
        let key = ValueType::String { size: 8 };
        let counts = user_map(Some(key), MapValue::Count);
        let map = map(sys::BPF_MAP_TYPE_PERCPU_HASH, 8, 8);
        let entries = vec![
            (b"sshd\0\0\0\0".to_vec(), per_cpu_u64(&[5, 2])),
            (b"bash\0\0\0\0".to_vec(), per_cpu_u64(&[1])),
            (b"cron\0\0\0\0".to_vec(), per_cpu_u64(&[3])),
        ];
        let Some(MapContents::Keyed(sorted)) = contents(&counts, &map, entries) else {
            panic!()
        };
        let names: Vec<Vec<u8>> = sorted.iter().map(|(key, _)| key.to_text()).collect();
        assert_eq!(
            names,
            [b"bash".to_vec(), b"cron".to_vec(), b"sshd".to_vec()]
        );
        let expected_sshd = if crate::bpf::possible_cpus() > 1 {
            7
        } else {
            5
        };
        assert_eq!(sorted[2].1, Value::Unsigned(expected_sshd));
    }

    #[test]
    fn signed_values_sort_as_signed_and_string_values_by_signed_key() {
        let sums = user_map(
            Some(ValueType::Integer {
                bytes: 8,
                signed: false,
            }),
            MapValue::Sum,
        );
        let hash = map(sys::BPF_MAP_TYPE_HASH, 8, 8);
        let entries = vec![
            (1u64.to_le_bytes().to_vec(), 5i64.to_le_bytes().to_vec()),
            (2u64.to_le_bytes().to_vec(), (-3i64).to_le_bytes().to_vec()),
        ];
        let Some(MapContents::Keyed(sorted)) = contents(&sums, &hash, entries) else {
            panic!()
        };
        assert_eq!(sorted[0], (Value::Unsigned(2), Value::Signed(-3)));

        let strings = user_map(
            Some(ValueType::Integer {
                bytes: 8,
                signed: false,
            }),
            MapValue::Plain(ValueType::String { size: 4 }),
        );
        let hash = map(sys::BPF_MAP_TYPE_HASH, 8, 4);
        let entries = vec![
            (5u64.to_le_bytes().to_vec(), b"a\0\0\0".to_vec()),
            (u64::MAX.to_le_bytes().to_vec(), b"b\0\0\0".to_vec()),
            (1u64.to_le_bytes().to_vec(), b"c\0\0\0".to_vec()),
        ];
        let Some(MapContents::Keyed(sorted)) = contents(&strings, &hash, entries) else {
            panic!()
        };
        let keys: Vec<Value> = sorted.into_iter().map(|(key, _)| key).collect();
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
    fn empty_maps_print_nothing() {
        let scalar = user_map(
            None,
            MapValue::Plain(ValueType::Integer {
                bytes: 8,
                signed: true,
            }),
        );
        let hash = map(sys::BPF_MAP_TYPE_HASH, 8, 8);
        assert_eq!(contents(&scalar, &hash, vec![]), None);
        let keyed = user_map(
            Some(ValueType::Integer {
                bytes: 8,
                signed: true,
            }),
            MapValue::Count,
        );
        assert_eq!(contents(&keyed, &hash, vec![]), None);
        let entries = vec![(vec![0u8; 8], 9i64.to_le_bytes().to_vec())];
        assert_eq!(
            contents(&scalar, &hash, entries),
            Some(MapContents::Scalar(Value::Signed(9)))
        );
    }
}
