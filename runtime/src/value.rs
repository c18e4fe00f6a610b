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

use btc_payload::ValueType;

/// bpftrace's default `str_trunc_trailer`.
pub const TRUNCATION_TRAILER: &[u8] = b"..";

/// One decoded value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Signed(i64),
    Unsigned(u64),
    /// The bytes of the string, without the NUL, with the trailer when it was truncated.
    String(Vec<u8>),
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
    }
}

/// The string in a NUL-terminated buffer, with the truncation trailer when the buffer holds
/// no NUL.
pub fn string_from_buffer(buffer: &[u8]) -> Vec<u8> {
    match buffer.iter().position(|&byte| byte == 0) {
        Some(end) => buffer[..end].to_vec(),
        None => {
            let mut text = buffer.to_vec();
            text.extend_from_slice(TRUNCATION_TRAILER);
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
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
