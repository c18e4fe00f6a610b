//! Explains a CO-RE relocation that failed on this kernel.
//!
//! In: the verifier log of a program the kernel rejected. When libbpf cannot find a field
//! of the tool's local types in this kernel's BTF, it "poisons" the instruction that needed
//! the offset, the verifier rejects the program there, and libbpf rewrites that log line as
//! `failed to resolve CO-RE relocation <byte_off> [ID] struct task_struct.FIELD (0:N @
//! offset M)`. Out: the type and field path from that line, so the tool can say in one
//! line which field this kernel lacks instead of printing the verifier log.

/// What a failed relocation was looking for.
#[derive(Debug, PartialEq, Eq)]
pub enum Missing {
    /// `struct NAME` has no field at `field` (a path like `__sk_common.skc_family`).
    Field { composite: String, field: String },
    /// Anything else libbpf describes (an enumerator, a whole type).
    Other(String),
}

impl std::fmt::Display for Missing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Missing::Field { composite, field } => {
                write!(f, "this kernel's {composite} has no field `{field}`")
            }
            Missing::Other(what) => write!(f, "this kernel has no {what}"),
        }
    }
}

const MARKER: &str = "failed to resolve CO-RE relocation ";

/// The first failed relocation named in `verifier_log`, if any.
pub fn failed_relocation(verifier_log: &str) -> Option<Missing> {
    let line = verifier_log.lines().find(|line| line.contains(MARKER))?;
    let spec = &line[line.find(MARKER)? + MARKER.len()..];
    // `<kind> [ID] description (access @ offset N)`
    let (kind, rest) = spec.split_once(' ')?;
    let description = rest.split_once("] ").map_or(rest, |(_, after)| after);
    let description = description
        .rsplit_once(" (")
        .map_or(description, |(before, _)| before)
        .trim();
    let field_kinds = [
        "<byte_off>",
        "<byte_sz>",
        "<field_exists>",
        "<signed>",
        "<lshift_u64>",
        "<rshift_u64>",
    ];
    if field_kinds.contains(&kind)
        && let Some((composite, field)) = description.split_once('.')
    {
        return Some(Missing::Field {
            composite: composite.to_string(),
            field: field.to_string(),
        });
    }
    Some(Missing::Other(description.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_of_a_struct() {
        let log = "9: (85) call bpf_get_current_task#35\n\
                   10: <invalid CO-RE relocation>\n\
                   failed to resolve CO-RE relocation <byte_off> [1] struct task_struct.btc_missing (0:0 @ offset 0)\n\
                   processed 10 insns";
        let missing = failed_relocation(log).unwrap();
        assert_eq!(
            missing,
            Missing::Field {
                composite: "struct task_struct".into(),
                field: "btc_missing".into()
            }
        );
        assert_eq!(
            missing.to_string(),
            "this kernel's struct task_struct has no field `btc_missing`"
        );
    }

    #[test]
    fn nested_field_and_other_kinds() {
        let log = "failed to resolve CO-RE relocation <byte_sz> [7] struct sock.__sk_common.skc_x (0:0:9 @ offset 18)";
        assert_eq!(
            failed_relocation(log).unwrap().to_string(),
            "this kernel's struct sock has no field `__sk_common.skc_x`"
        );
        let log = "failed to resolve CO-RE relocation <enumval_value> [3] enum foo::BAR = 2";
        assert_eq!(
            failed_relocation(log).unwrap().to_string(),
            "this kernel has no enum foo::BAR = 2"
        );
        assert_eq!(failed_relocation("R1 invalid mem access"), None);
    }
}
