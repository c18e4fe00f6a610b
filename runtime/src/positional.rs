//! Positional parameters: `$1`, `str($1)` and `$#` from the tool's command line.
//!
//! In: the script's use of positional parameters (from the metadata) and the arguments the
//! tool was given after its options. Out: the bytes the runtime writes into `.rodata`
//! before loading (the argument count, then each parameter as an integer and as a string,
//! at the offsets `btc_payload` defines), or a one-line error for an argument that a
//! numeric `$N` cannot use. A missing argument is 0 and "", as in bpftrace.

use btc_payload::{
    Metadata, POSITIONAL_STRING_SIZE, RODATA_ARGUMENT_COUNT_OFFSET, positional_integer_offset,
    positional_string_offset,
};

pub struct Positional {
    count: u64,
    /// Parameters 1 to the highest one the script uses.
    values: Vec<(i64, Vec<u8>)>,
}

/// Reads an integer the way bpftrace does: decimal, or hex with `0x`, with an optional `-`.
fn integer(text: &str) -> Option<i64> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let value = match digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        Some(hex) => i64::from_str_radix(hex, 16).ok()?,
        None => digits.parse::<i64>().ok()?,
    };
    Some(if negative { -value } else { value })
}

impl Positional {
    pub fn parse(metadata: &Metadata, arguments: &[String]) -> Result<Positional, String> {
        let mut values = Vec::with_capacity(metadata.positional_parameters as usize);
        for index in 1..=metadata.positional_parameters {
            let text = arguments.get(index as usize - 1).map_or("", String::as_str);
            let numeric = metadata.numeric_positional_parameters.contains(&index);
            let number = match integer(text) {
                Some(number) => number,
                None if text.is_empty() || !numeric => 0,
                None => {
                    return Err(format!(
                        "positional parameter ${index} is used as a number, but `{text}` is not one"
                    ));
                }
            };
            let mut bytes = text.as_bytes().to_vec();
            bytes.truncate(POSITIONAL_STRING_SIZE - 1);
            values.push((number, bytes));
        }
        Ok(Positional {
            count: arguments.len() as u64,
            values,
        })
    }

    /// Writes the parameters into the `.rodata` image (which the compiler sized for them).
    pub fn write(&self, rodata: &mut [u8]) {
        let mut put = |offset: usize, bytes: &[u8]| {
            if let Some(slot) = rodata.get_mut(offset..offset + bytes.len()) {
                slot.copy_from_slice(bytes);
            }
        };
        put(RODATA_ARGUMENT_COUNT_OFFSET, &self.count.to_le_bytes());
        let used = self.values.len() as u32;
        for (index, (number, text)) in (1..).zip(&self.values) {
            put(positional_integer_offset(index), &number.to_le_bytes());
            let mut terminated = text.clone();
            terminated.push(0);
            put(positional_string_offset(used, index), &terminated);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers() {
        assert_eq!(integer("42"), Some(42));
        assert_eq!(integer("-7"), Some(-7));
        assert_eq!(integer("0x10"), Some(16));
        assert_eq!(integer("abc"), None);
        assert_eq!(integer(""), None);
    }
}
