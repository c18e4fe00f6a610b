//! Values read out of ring-buffer records and map keys and values.
//!
//! In: the bytes of a record (or a map key or value) and a `ValueType` from the metadata
//! that says how to read them. Out: a [`Value`], an integer widened to 64 bits (sign-extended
//! when the type is signed) or the bytes of a string, ready for printf and map printing.
//!
//! Strings follow bpftrace (v0.26, `src/types_format.cpp`, `Type::string`): the string ends
//! at the first NUL inside its buffer; a string that fills its whole buffer without a NUL was
//! truncated by the kernel side and gets bpftrace's default truncation trailer `..`
//! (`config.h`: `str_trunc_trailer = ".."`).
//!
//! Text and JSON forms follow bpftrace v0.26 (`src/output/text.cpp`, `src/output/json.cpp`):
//! - text: integers in decimal, strings raw, tuples `(a, b)` (nested tuples keep their
//!   parentheses), records `{ .count = 3, .average = 2 }` (`{}` when empty), arrays
//!   `[1,2,3]` (no spaces, unlike tuples);
//! - JSON: an integer a double cannot hold exactly becomes a string, strings are escaped,
//!   tuples are unspaced arrays `[1,2,"x"]`, records are objects `{"a": 1, "b": 2}`.
//!
//! A `strftime()` timestamp is decoded straight into its formatted text ([`crate::timefmt`]).
//!
//! An `ntop()` address is decoded straight into its text, as bpftrace's `resolve_inet`
//! (`src/bpftrace.cpp`) makes it with glibc's `inet_ntop`: dotted quad for AF_INET; for
//! AF_INET6 lower-case hex groups with the longest run (at least two) of zero groups
//! shortened to `::`, and the last 32 bits as a dotted quad when the address is
//! IPv4-mapped (`::ffff:1.2.3.4`) or IPv4-compatible (`::1.2.3.4`); the empty string for any
//! other family. In JSON it is a string.

use btc_payload::ValueType;
use std::cell::Cell;

/// bpftrace's default `str_trunc_trailer`.
pub const TRUNCATION_TRAILER: &[u8] = b"..";

/// The script's `str_trunc_trailer`, when its `config` block sets one. Set once at start,
/// before any value is printed; a global because every decoder needs it.
static CONFIGURED_TRAILER: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();

pub fn set_truncation_trailer(trailer: &str) {
    let _ = CONFIGURED_TRAILER.set(trailer.as_bytes().to_vec());
}

fn truncation_trailer() -> &'static [u8] {
    CONFIGURED_TRAILER
        .get()
        .map_or(TRUNCATION_TRAILER, Vec::as_slice)
}

/// One decoded value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Signed(i64),
    Unsigned(u64),
    /// The bytes of the string, without the NUL, with the trailer when it was truncated.
    String(Vec<u8>),
    /// The fields of a tuple, in order.
    Tuple(Vec<Value>),
    /// The elements of a C array, in order: `[1,2,3]` in text and in JSON.
    Array(Vec<Value>),
    /// Named fields, as `stats()` prints: `{ .count = 3, .average = 2, .total = 6 }`.
    Record(Vec<(String, Value)>),
    /// The bytes of a `buf()`.
    Buffer(Vec<u8>),
    /// A number shown as text (bpftrace's `Primitive::Symbolic`): a pointer (`0x1f`) or an
    /// enumerator's name. Text forms and `%s` print `text`; integer conversions and JSON use
    /// `number`.
    Symbolic {
        text: Vec<u8>,
        number: u64,
    },
}

/// Why a value could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutOfBounds {
    pub offset: usize,
    pub size: usize,
    pub available: usize,
}

impl std::fmt::Display for OutOfBounds {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "a value of {} bytes at offset {} lies outside a record of {} bytes",
            self.size, self.offset, self.available
        )
    }
}

/// Reads a value of type `ty` at `offset` in `bytes`.
pub fn decode_at(bytes: &[u8], offset: usize, ty: &ValueType) -> Result<Value, OutOfBounds> {
    let size = ty.size();
    let slice = offset
        .checked_add(size)
        .and_then(|end| bytes.get(offset..end))
        .ok_or(OutOfBounds {
            offset,
            size,
            available: bytes.len(),
        })?;
    Ok(decode(slice, ty))
}

/// Reads a value of type `ty` from `bytes`, which holds exactly `ty.size()` bytes (fewer are
/// treated as zero-padded).
pub fn decode(bytes: &[u8], ty: &ValueType) -> Value {
    match ty {
        ValueType::Integer {
            bytes: width,
            signed,
        } => {
            let width = usize::from(*width).min(8);
            let mut raw = [0u8; 8];
            let available = width.min(bytes.len());
            raw[..available].copy_from_slice(&bytes[..available]);
            let unsigned = u64::from_le_bytes(raw);
            if *signed {
                let shift = 64 - 8 * width as u32;
                if shift >= 64 {
                    Value::Signed(0)
                } else {
                    Value::Signed(((unsigned << shift) as i64) >> shift)
                }
            } else {
                Value::Unsigned(unsigned)
            }
        }
        ValueType::String { .. } => Value::String(string_from_buffer(bytes)),
        ValueType::Tuple { fields, .. } => Value::Tuple(
            fields
                .iter()
                .map(|field| {
                    let start = (field.offset as usize).min(bytes.len());
                    let end = start.saturating_add(field.ty.size()).min(bytes.len());
                    decode(&bytes[start..end], &field.ty)
                })
                .collect(),
        ),
        ValueType::Record { fields, .. } => Value::Record(
            fields
                .iter()
                .map(|field| {
                    let start = (field.offset as usize).min(bytes.len());
                    let end = start.saturating_add(field.ty.size()).min(bytes.len());
                    (field.name.clone(), decode(&bytes[start..end], &field.ty))
                })
                .collect(),
        ),
        ValueType::Timestamp { format } => {
            let mut raw = [0u8; 8];
            let available = bytes.len().min(8);
            raw[..available].copy_from_slice(&bytes[..available]);
            Value::String(crate::timefmt::format_boot_time(
                u64::from_le_bytes(raw),
                format,
            ))
        }
        ValueType::InetAddress => Value::String(inet_address_text(bytes).into_bytes()),
        ValueType::Buffer { size } => {
            let length = read_u64(bytes, 0).min(u64::from(*size)) as usize;
            let data = bytes.get(8..).unwrap_or_default();
            Value::Buffer(data[..length.min(data.len())].to_vec())
        }
        ValueType::Pointer => {
            let number = read_u64(bytes, 0);
            Value::Symbolic {
                text: format!("0x{number:x}").into_bytes(),
                number,
            }
        }
        ValueType::MacAddress => Value::String(mac_address_text(bytes)),
        ValueType::Resolved(kind) => {
            Value::String(crate::names::resolved_text(*kind, read_u64(bytes, 0)).into_bytes())
        }
        ValueType::ErrorNumber => {
            Value::String(crate::errno::description(read_u64(bytes, 0) as i32).into())
        }
        ValueType::Enum {
            bytes: width,
            enumerators,
        } => {
            let width = usize::from(*width).min(8);
            let mut raw = [0u8; 8];
            let available = width.min(bytes.len());
            raw[..available].copy_from_slice(&bytes[..available]);
            let number = u64::from_le_bytes(raw);
            let text = enumerators
                .iter()
                .find(|(value, _)| *value == number)
                .map_or_else(|| number.to_string(), |(_, name)| name.clone());
            Value::Symbolic {
                text: text.into_bytes(),
                number,
            }
        }
        ValueType::Stack { user, limit, mode } => Value::String(crate::symbols::stack_text(
            read_u64(bytes, 0),
            *user,
            *limit,
            *mode,
        )),
        ValueType::KernelSymbol => {
            Value::String(crate::symbols::kernel_symbol_text(read_u64(bytes, 0)))
        }
        ValueType::UserSymbol => Value::String(crate::symbols::user_symbol_text(
            read_u64(bytes, 0),
            read_u64(bytes, 8) as u32,
        )),
        ValueType::Array { element, length } => {
            let width = element.size();
            Value::Array(
                (0..*length as usize)
                    .map(|index| {
                        let start = (index * width).min(bytes.len());
                        let end = (start + width).min(bytes.len());
                        decode(&bytes[start..end], element)
                    })
                    .collect(),
            )
        }
    }
}

/// A `macaddr()` as bpftrace's `resolve_mac_address` writes it: `%02X` of each byte taken
/// as a C `char`, which is signed, into an 18-byte buffer. A byte from 0x80 up is a negative
/// number, printed as `FFFFFF80`..., and the text is then cut at 17 characters.
pub fn mac_address_text(bytes: &[u8]) -> Vec<u8> {
    let mut text = String::new();
    for index in 0..btc_payload::MAC_ADDRESS_SIZE {
        if index > 0 {
            text.push(':');
        }
        let byte = bytes.get(index).copied().unwrap_or(0);
        text.push_str(&format!("{:02X}", i32::from(byte as i8) as u32));
    }
    text.truncate(17);
    text.into_bytes()
}

/// The little-endian `u64` at `offset` in `bytes`; missing bytes read as zero.
fn read_u64(bytes: &[u8], offset: usize) -> u64 {
    let mut raw = [0u8; 8];
    let available = bytes.get(offset..).unwrap_or_default();
    let count = available.len().min(8);
    raw[..count].copy_from_slice(&available[..count]);
    u64::from_le_bytes(raw)
}

/// The text of a buffer, as bpftrace's `hex_format_buffer` writes it: printable ASCII
/// (32 to 126) as itself when `keep_ascii`, other bytes as `\xNN` when `escape`, else as
/// space-separated `NN` pairs.
pub fn buffer_text(data: &[u8], keep_ascii: bool, escape: bool) -> Vec<u8> {
    let mut text = Vec::with_capacity(data.len() * 4);
    for (index, &byte) in data.iter().enumerate() {
        if keep_ascii && (32..=126).contains(&byte) {
            text.push(byte);
        } else if escape {
            text.extend_from_slice(format!("\\x{byte:02x}").as_bytes());
        } else if index + 1 == data.len() {
            text.extend_from_slice(format!("{byte:02x}").as_bytes());
        } else {
            text.extend_from_slice(format!("{byte:02x} ").as_bytes());
        }
    }
    text
}

/// `AF_INET` and `AF_INET6` on Linux.
const ADDRESS_FAMILY_IPV4: u64 = 2;
const ADDRESS_FAMILY_IPV6: u64 = 10;

/// The text of an `ntop()` value: a `u64` family then 16 address bytes (missing bytes read as
/// zero).
pub fn inet_address_text(bytes: &[u8]) -> String {
    let mut raw = [0u8; btc_payload::INET_ADDRESS_SIZE];
    let available = bytes.len().min(raw.len());
    raw[..available].copy_from_slice(&bytes[..available]);
    let family = u64::from_le_bytes(raw[..8].try_into().unwrap_or([0; 8]));
    let address = &raw[8..];
    match family {
        ADDRESS_FAMILY_IPV4 => ipv4_text(&address[..4]),
        ADDRESS_FAMILY_IPV6 => ipv6_text(address),
        _ => String::new(),
    }
}

fn ipv4_text(address: &[u8]) -> String {
    format!(
        "{}.{}.{}.{}",
        address[0], address[1], address[2], address[3]
    )
}

/// glibc's `inet_ntop6`: the first longest run of two or more zero groups becomes `::`.
fn ipv6_text(address: &[u8]) -> String {
    let groups: Vec<u16> = address
        .chunks_exact(2)
        .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
        .collect();
    // The first longest run of zero groups, as (start, length).
    let mut best: Option<(usize, usize)> = None;
    let mut current: Option<(usize, usize)> = None;
    for (index, group) in groups.iter().enumerate() {
        if *group == 0 {
            current = match current {
                Some((start, length)) => Some((start, length + 1)),
                None => Some((index, 1)),
            };
            if let Some((start, length)) = current
                && best.is_none_or(|(_, best_length)| length > best_length)
            {
                best = Some((start, length));
            }
        } else {
            current = None;
        }
    }
    let best = best.filter(|(_, length)| *length >= 2);
    let mut text = String::new();
    let mut index = 0;
    while index < groups.len() {
        if let Some((start, length)) = best
            && index == start
        {
            text.push(':');
            index += length;
            if index == groups.len() {
                text.push(':');
            }
            continue;
        }
        if index != 0 {
            text.push(':');
        }
        let embeds_ipv4 = index == 6
            && best.is_some_and(|(start, length)| {
                start == 0 && (length == 6 || (length == 5 && groups[5] == 0xffff))
            });
        if embeds_ipv4 {
            text.push_str(&ipv4_text(&address[12..16]));
            break;
        }
        text.push_str(&format!("{:x}", groups[index]));
        index += 1;
    }
    text
}

/// The string in a NUL-terminated buffer, with the truncation trailer when the buffer holds
/// no NUL.
pub fn string_from_buffer(buffer: &[u8]) -> Vec<u8> {
    match buffer.iter().position(|&byte| byte == 0) {
        Some(end) => buffer[..end].to_vec(),
        None => {
            let mut text = buffer.to_vec();
            text.extend_from_slice(truncation_trailer());
            text
        }
    }
}

impl Value {
    /// The text form bpftrace prints for a map key or value: decimal integers, raw strings.
    pub fn to_text(&self) -> Vec<u8> {
        match self {
            Value::Signed(number) => number.to_string().into_bytes(),
            Value::Unsigned(number) => number.to_string().into_bytes(),
            Value::String(bytes) => bytes.clone(),
            Value::Tuple(fields) => {
                let mut text = b"(".to_vec();
                for (index, field) in fields.iter().enumerate() {
                    if index > 0 {
                        text.extend_from_slice(b", ");
                    }
                    text.extend_from_slice(&field.to_text());
                }
                text.push(b')');
                text
            }
            Value::Record(fields) => {
                if fields.is_empty() {
                    return b"{}".to_vec();
                }
                let mut text = b"{ ".to_vec();
                for (index, (name, field)) in fields.iter().enumerate() {
                    if index > 0 {
                        text.extend_from_slice(b", ");
                    }
                    text.push(b'.');
                    text.extend_from_slice(name.as_bytes());
                    text.extend_from_slice(b" = ");
                    text.extend_from_slice(&field.to_text());
                }
                text.extend_from_slice(b" }");
                text
            }
            Value::Array(elements) => {
                let mut text = b"[".to_vec();
                for (index, element) in elements.iter().enumerate() {
                    if index > 0 {
                        text.push(b',');
                    }
                    text.extend_from_slice(&element.to_text());
                }
                text.push(b']');
                text
            }
            Value::Buffer(data) => buffer_text(data, true, true),
            Value::Symbolic { text, .. } => text.clone(),
        }
    }

    /// The text of a value used as a whole map key: a tuple loses its outer parentheses.
    /// bpftrace strips them from the text form, so any key whose text starts with `(` and
    /// ends with `)` loses them.
    pub fn to_key_text(&self) -> Vec<u8> {
        strip_parentheses(self.to_text())
    }

    /// The JSON object key of a map entry: the text form without outer parentheses and
    /// without any space (bpftrace's `JsonEmitter` of an ordered map).
    pub fn to_json_key(&self) -> Vec<u8> {
        let mut text = self.to_key_text();
        text.retain(|&byte| byte != b' ');
        text
    }

    /// Appends the value as JSON.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        match self {
            Value::Signed(number) => {
                let exact = (*number as f64) as i128 == i128::from(*number);
                json_number(out, number.to_string(), exact);
            }
            Value::Unsigned(number) => {
                let exact = (*number as f64) as u128 == u128::from(*number);
                json_number(out, number.to_string(), exact);
            }
            Value::String(text) => json_string(out, text),
            Value::Tuple(fields) | Value::Array(fields) => {
                out.push(b'[');
                for (index, field) in fields.iter().enumerate() {
                    if index > 0 {
                        out.push(b',');
                    }
                    field.write_json(out);
                }
                out.push(b']');
            }
            Value::Record(fields) => {
                out.push(b'{');
                for (index, (name, field)) in fields.iter().enumerate() {
                    if index > 0 {
                        out.extend_from_slice(b", ");
                    }
                    json_string(out, name.as_bytes());
                    out.extend_from_slice(b": ");
                    field.write_json(out);
                }
                out.push(b'}');
            }
            Value::Buffer(data) => {
                // bpftrace writes each byte as a `char`, a signed number.
                out.push(b'[');
                for (index, byte) in data.iter().enumerate() {
                    if index > 0 {
                        out.push(b',');
                    }
                    out.extend_from_slice((*byte as i8).to_string().as_bytes());
                }
                out.push(b']');
            }
            Value::Symbolic { number, .. } => Value::Unsigned(*number).write_json(out),
        }
    }
}

fn strip_parentheses(text: Vec<u8>) -> Vec<u8> {
    if text.len() >= 2 && text.first() == Some(&b'(') && text.last() == Some(&b')') {
        text[1..text.len() - 1].to_vec()
    } else {
        text
    }
}

/// Appends a signed integer as JSON, as bpftrace's `JsonEmitter<int64_t>` does.
pub fn json_signed(out: &mut Vec<u8>, number: i64) {
    Value::Signed(number).write_json(out);
}

/// Appends an unsigned integer as JSON, as bpftrace's `JsonEmitter<uint64_t>` does.
pub fn json_unsigned(out: &mut Vec<u8>, number: u64) {
    Value::Unsigned(number).write_json(out);
}

fn json_number(out: &mut Vec<u8>, digits: String, exact: bool) {
    if exact {
        out.extend_from_slice(digits.as_bytes());
    } else {
        json_string(out, digits.as_bytes());
    }
}

// Set once a JSON string needed a `\u` escape. bpftrace writes that escape with
// `std::hex` on its output stream and never resets it, so from then on every integer it
// writes with `<<` (histogram counts, the `attached_probes` and `lost_events` counts) comes
// out in hexadecimal. btc reproduces those bytes. Per thread: the runtime writes all output
// from one thread, and tests run in parallel.
thread_local! {
    static JSON_HEX_INTEGERS: Cell<bool> = const { Cell::new(false) };
}

/// A count as bpftrace writes it with `<<` on its JSON stream (see [`JSON_HEX_INTEGERS`]).
pub fn json_stream_integer(number: u64) -> String {
    if JSON_HEX_INTEGERS.get() {
        format!("{number:x}")
    } else {
        number.to_string()
    }
}

/// Appends `text` as a JSON string, escaped as bpftrace escapes it: `"`, `\`, `\n`, `\r`,
/// `\t` by name, every other byte below 0x20 as `\u00XX`. Bytes from 0x80 up are negative
/// `char`s in bpftrace's escaper, so they are escaped too, as the 32-bit hex of the negative
/// number (`é` becomes `\uffffffc3\uffffffa9`).
pub fn json_string(out: &mut Vec<u8>, text: &[u8]) {
    out.push(b'"');
    for &byte in text {
        match byte {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0..=0x1f | 0x80..=0xff => {
                let code = i32::from(byte as i8) as u32;
                out.extend_from_slice(format!("\\u{code:04x}").as_bytes());
                JSON_HEX_INTEGERS.set(true);
            }
            _ => out.push(byte),
        }
    }
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrays_decode_and_print_unspaced() {
        let int32_array = ValueType::Array {
            element: Box::new(ValueType::Integer {
                bytes: 4,
                signed: true,
            }),
            length: 3,
        };
        assert_eq!(int32_array.size(), 12);
        let mut bytes = Vec::new();
        for number in [1i32, -2, 300] {
            bytes.extend_from_slice(&number.to_le_bytes());
        }
        let value = decode(&bytes, &int32_array);
        assert_eq!(
            value,
            Value::Array(vec![
                Value::Signed(1),
                Value::Signed(-2),
                Value::Signed(300)
            ])
        );
        assert_eq!(value.to_text(), b"[1,-2,300]");
        assert_eq!(value.to_key_text(), b"[1,-2,300]");
        let mut json = Vec::new();
        value.write_json(&mut json);
        assert_eq!(json, b"[1,-2,300]");
        let in_tuple = Value::Tuple(vec![Value::Signed(1), value]);
        assert_eq!(in_tuple.to_text(), b"(1, [1,-2,300])");
    }

    #[test]
    fn integers_are_sign_extended_by_type() {
        let int8 = ValueType::Integer {
            bytes: 1,
            signed: true,
        };
        let uint8 = ValueType::Integer {
            bytes: 1,
            signed: false,
        };
        let int32 = ValueType::Integer {
            bytes: 4,
            signed: true,
        };
        let int64 = ValueType::Integer {
            bytes: 8,
            signed: true,
        };
        assert_eq!(decode(&[0xff], &int8), Value::Signed(-1));
        assert_eq!(decode(&[0xff], &uint8), Value::Unsigned(255));
        assert_eq!(decode(&[0xfe, 0xff, 0xff, 0xff], &int32), Value::Signed(-2));
        assert_eq!(
            decode(&[0, 0, 0, 0x80], &int32),
            Value::Signed(i64::from(i32::MIN))
        );
        assert_eq!(
            decode(&i64::MIN.to_le_bytes(), &int64),
            Value::Signed(i64::MIN)
        );
    }

    #[test]
    fn strings_end_at_nul_or_get_the_trailer() {
        let ty = ValueType::String { size: 4 };
        assert_eq!(decode(b"ab\0x", &ty), Value::String(b"ab".to_vec()));
        assert_eq!(decode(b"\0abc", &ty), Value::String(Vec::new()));
        assert_eq!(decode(b"abcd", &ty), Value::String(b"abcd..".to_vec()));
    }

    fn inet(family: u64, address: &[u8]) -> String {
        let mut bytes = family.to_le_bytes().to_vec();
        let mut padded = [0u8; 16];
        padded[..address.len()].copy_from_slice(address);
        bytes.extend_from_slice(&padded);
        match decode(&bytes, &ValueType::InetAddress) {
            Value::String(text) => String::from_utf8(text).unwrap_or_default(),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn inet_addresses_print_as_inet_ntop_does() {
        assert_eq!(inet(2, &[192, 168, 1, 1]), "192.168.1.1");
        assert_eq!(inet(2, &[0, 0, 0, 0]), "0.0.0.0");
        let mut loopback = [0u8; 16];
        loopback[15] = 1;
        assert_eq!(inet(10, &loopback), "::1");
        assert_eq!(inet(10, &[0; 16]), "::");
        let mapped = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 10, 0, 0, 1];
        assert_eq!(inet(10, &mapped), "::ffff:10.0.0.1");
        let compatible = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 1];
        assert_eq!(inet(10, &compatible), "::10.0.0.1");
        let documentation = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1];
        assert_eq!(inet(10, &documentation), "2001:db8::1:0:0:1");
        let one_zero = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1];
        assert_eq!(inet(10, &one_zero), "2001:db8:0:1:1:1:1:1");
        let trailing = [0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        assert_eq!(inet(10, &trailing), "fe80::");
        assert_eq!(inet(1, &[1, 2, 3, 4]), "");
    }

    #[test]
    fn mac_addresses_print_as_bpftrace_prints_them() {
        assert_eq!(mac_address_text(&[5, 4, 3, 2, 1, 2]), b"05:04:03:02:01:02");
        // A byte from 0x80 up is a negative `char` for bpftrace's snprintf, and the text is
        // cut at 17 characters.
        assert_eq!(
            mac_address_text(&[0x18, 0xc0, 0x4d, 8, 0x2e, 0xbb]),
            b"18:FFFFFFC0:4D:08"
        );
    }

    #[test]
    fn out_of_bounds_is_an_error() {
        let ty = ValueType::Integer {
            bytes: 8,
            signed: false,
        };
        assert!(decode_at(&[0; 12], 8, &ty).is_err());
        assert!(decode_at(&[0; 16], usize::MAX, &ty).is_err());
        assert_eq!(
            decode_at(&[1, 0, 0, 0, 0, 0, 0, 0, 0], 0, &ty),
            Ok(Value::Unsigned(1))
        );
    }
}
