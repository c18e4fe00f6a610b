//! Parser tests. Each test parses a small program and compares a compact S-expression
//! rendering of the tree (written below, for tests only) with the expected text, or checks
//! the diagnostics of a broken program.

use super::ast::*;
use super::parse;
use super::parser::parse_expression;
use crate::diagnostic::{Diagnostic, render};

// ---------------------------------------------------------------------------------------
// A compact printer
// ---------------------------------------------------------------------------------------

fn expression(expr: &Expr) -> String {
    match &expr.kind {
        ExprKind::Integer(value) => value.to_string(),
        ExprKind::Boolean(value) => value.to_string(),
        ExprKind::String(value) => format!("{value:?}"),
        ExprKind::Identifier(name) => name.clone(),
        ExprKind::Variable(name) => format!("${name}"),
        ExprKind::Map { name, keys } if keys.is_empty() => format!("@{}", name.text),
        ExprKind::Map { name, keys } => format!("@{}[{}]", name.text, list(keys)),
        ExprKind::Positional(index) => format!("${index}"),
        ExprKind::PositionalCount => "$#".to_string(),
        ExprKind::Call {
            name, arguments, ..
        } => {
            let arguments: Vec<String> = arguments
                .iter()
                .map(|argument| match argument {
                    CallArgument::Expression(expr) => expression(expr),
                    CallArgument::Type(specifier) => type_specifier(specifier),
                })
                .collect();
            format!("{name}({})", arguments.join(", "))
        }
        ExprKind::Unary { operator, operand } => {
            let symbol = match operator {
                UnaryOperator::Negate => "-",
                UnaryOperator::LogicalNot => "!",
                UnaryOperator::BitwiseNot => "~",
            };
            format!("({symbol} {})", expression(operand))
        }
        ExprKind::Binary {
            operator,
            left,
            right,
        } => format!(
            "({} {} {})",
            operator.symbol(),
            expression(left),
            expression(right)
        ),
        ExprKind::Ternary {
            condition,
            then,
            otherwise,
        } => match then {
            Some(then) => format!(
                "(? {} {} {})",
                expression(condition),
                expression(then),
                expression(otherwise)
            ),
            None => format!("(?: {} {})", expression(condition), expression(otherwise)),
        },
        ExprKind::If(statement) => if_text(statement),
        ExprKind::Cast { target, operand } => {
            format!("(cast {} {})", type_specifier(target), expression(operand))
        }
        ExprKind::Sizeof(operand) => format!("(sizeof {})", type_operand(operand)),
        ExprKind::Typeinfo(operand) => format!("(typeinfo {})", type_operand(operand)),
        ExprKind::Offsetof { operand, fields } => {
            let fields: Vec<&str> = fields.iter().map(|field| field.text.as_str()).collect();
            format!("(offsetof {} {})", type_operand(operand), fields.join("."))
        }
        ExprKind::Comptime(operand) => format!("(comptime {})", expression(operand)),
        ExprKind::FieldAccess { base, field, arrow } => format!(
            "({} {} {})",
            if *arrow { "->" } else { "." },
            expression(base),
            field.text
        ),
        ExprKind::TupleIndex { base, index, .. } => format!("(.{index} {})", expression(base)),
        ExprKind::Index { base, index } => {
            format!("(index {} {})", expression(base), expression(index))
        }
        ExprKind::AddressOf(AddressTarget::Variable(name)) => format!("&${}", name.text),
        ExprKind::AddressOf(AddressTarget::Map(name)) => format!("&@{}", name.text),
        ExprKind::Dereference(operand) => format!("(* {})", expression(operand)),
        ExprKind::Tuple(elements) => format!("(tuple {})", list(elements)),
        ExprKind::Record(fields) => {
            let fields: Vec<String> = fields
                .iter()
                .map(|field| format!("{}={}", field.name.text, expression(&field.value)))
                .collect();
            format!("(record {})", fields.join(" "))
        }
        ExprKind::Block(block) => block_text(block),
        ExprKind::PreIncrement(operand) => format!("(++pre {})", expression(operand)),
        ExprKind::PostIncrement(operand) => format!("(post++ {})", expression(operand)),
        ExprKind::PreDecrement(operand) => format!("(--pre {})", expression(operand)),
        ExprKind::PostDecrement(operand) => format!("(post-- {})", expression(operand)),
    }
}

fn list(expressions: &[Expr]) -> String {
    expressions
        .iter()
        .map(expression)
        .collect::<Vec<_>>()
        .join(", ")
}

fn type_name(name: &TypeName) -> String {
    let mut text = match &name.base {
        TypeBase::Named(name) => name.clone(),
        TypeBase::Struct(name) => format!("struct {name}"),
        TypeBase::Union(name) => format!("union {name}"),
        TypeBase::Enum(name) => format!("enum {name}"),
    };
    for suffix in &name.suffixes {
        match suffix {
            TypeSuffix::Pointer => text.push('*'),
            TypeSuffix::Array(Some(size)) => text.push_str(&format!("[{size}]")),
            TypeSuffix::Array(None) => text.push_str("[]"),
        }
    }
    text
}

fn type_specifier(specifier: &TypeSpecifier) -> String {
    match specifier {
        TypeSpecifier::Name(name) => type_name(name),
        TypeSpecifier::Typeof { operand, .. } => format!("typeof({})", type_operand(operand)),
    }
}

fn type_operand(operand: &TypeOperand) -> String {
    match operand {
        TypeOperand::Type(specifier) => format!("type:{}", type_specifier(specifier)),
        TypeOperand::Expression(expr) => expression(expr),
    }
}

fn block_text(block: &Block) -> String {
    let mut parts: Vec<String> = block.statements.iter().map(statement).collect();
    if let Some(value) = &block.value {
        parts.push(format!("=> {}", expression(value)));
    }
    format!("{{{}}}", parts.join("; "))
}

fn if_text(statement: &If) -> String {
    let mut text = format!(
        "(if {} {}",
        expression(&statement.condition),
        block_text(&statement.then_block)
    );
    match &statement.else_branch {
        Some(ElseBranch::Block(block)) => text.push_str(&format!(" else {}", block_text(block))),
        Some(ElseBranch::If(nested)) => text.push_str(&format!(" else {}", if_text(nested))),
        None => {}
    }
    text.push(')');
    text
}

fn statement(statement: &Statement) -> String {
    match &statement.kind {
        StatementKind::Expr(expr) => expression(expr),
        StatementKind::Assign {
            target,
            operator,
            value,
        } => format!(
            "{} {}= {}",
            expression(target),
            operator.map_or("", BinaryOperator::symbol),
            expression(value)
        ),
        StatementKind::Discard(expr) => format!("_ = {}", expression(expr)),
        StatementKind::Let {
            variable,
            annotation,
            value,
        } => {
            let mut text = format!("let ${}", variable.text);
            if let Some(annotation) = annotation {
                text.push_str(&format!(": {}", type_specifier(annotation)));
            }
            if let Some(value) = value {
                text.push_str(&format!(" = {}", expression(value)));
            }
            text
        }
        StatementKind::If(statement) => if_text(statement),
        StatementKind::While { condition, body } => {
            format!("(while {} {})", expression(condition), block_text(body))
        }
        StatementKind::Unroll { count, body } => {
            format!("(unroll {} {})", expression(count), block_text(body))
        }
        StatementKind::For {
            variable,
            iterable,
            body,
        } => {
            let iterable = match iterable {
                ForIterable::Range { start, end } => {
                    format!("{}..{}", expression(start), expression(end))
                }
                ForIterable::Map(name) => format!("@{}", name.text),
            };
            format!("(for ${} {} {})", variable.text, iterable, block_text(body))
        }
        StatementKind::Break => "break".to_string(),
        StatementKind::Continue => "continue".to_string(),
        StatementKind::Return(None) => "return".to_string(),
        StatementKind::Return(Some(value)) => format!("return {}", expression(value)),
        StatementKind::Import(import) => format!("import {:?}", import.path),
    }
}

fn item(item: &Item) -> String {
    match item {
        Item::Probe(probe) => {
            let points: Vec<&str> = probe
                .attach_points
                .iter()
                .map(|point| point.raw.as_str())
                .collect();
            let predicate = probe
                .predicate
                .as_ref()
                .map(|predicate| format!(" /{}/", expression(predicate)))
                .unwrap_or_default();
            format!(
                "{}{} {}",
                points.join(","),
                predicate,
                block_text(&probe.body)
            )
        }
        Item::Macro(definition) => {
            let parameters: Vec<String> = definition
                .parameters
                .iter()
                .map(|parameter| match parameter {
                    MacroParameter::Variable(name) => format!("${}", name.text),
                    MacroParameter::Map(name) => format!("@{}", name.text),
                    MacroParameter::Identifier(name) => name.text.clone(),
                })
                .collect();
            format!(
                "macro {}({}) {}",
                definition.name.text,
                parameters.join(", "),
                block_text(&definition.body)
            )
        }
        Item::MapDeclaration(declaration) => format!(
            "let @{} = {}({})",
            declaration.map.text, declaration.map_kind.text, declaration.max_entries
        ),
        Item::Function(definition) => {
            let parameters: Vec<String> = definition
                .parameters
                .iter()
                .map(|parameter| {
                    format!(
                        "${}: {}",
                        parameter.variable.text,
                        type_specifier(&parameter.parameter_type)
                    )
                })
                .collect();
            format!(
                "fn {}({}): {} {}",
                definition.name.text,
                parameters.join(", "),
                type_specifier(&definition.return_type),
                block_text(&definition.body)
            )
        }
    }
}

fn messages(diagnostics: &[Diagnostic]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|diagnostic| diagnostic.message.clone())
        .collect()
}

/// Parses a program that must be free of errors; returns one line per item.
fn parse_ok(source: &str) -> Vec<String> {
    let (program, diagnostics) = parse(source);
    assert!(
        diagnostics.is_empty(),
        "unexpected diagnostics:\n{}",
        render(&diagnostics, "test.bt", source)
    );
    program.items.iter().map(item).collect()
}

/// Parses one probe body (`BEGIN { <body> }`) and returns the rendered body.
fn body(source: &str) -> String {
    let program = format!("BEGIN {{ {source} }}");
    let items = parse_ok(&program);
    assert_eq!(items.len(), 1);
    items[0].trim_start_matches("BEGIN ").to_string()
}

fn expr(source: &str) -> String {
    let (parsed, diagnostics) = parse_expression(source);
    assert!(
        diagnostics.is_empty(),
        "unexpected diagnostics:\n{}",
        render(&diagnostics, "expr", source)
    );
    expression(&parsed.expect("an expression"))
}

fn errors(source: &str) -> Vec<String> {
    let (_, diagnostics) = parse(source);
    messages(&diagnostics)
}

// ---------------------------------------------------------------------------------------
// Literals
// ---------------------------------------------------------------------------------------

#[test]
fn integer_literals() {
    assert_eq!(expr("123"), "123");
    assert_eq!(expr("0x10"), "16");
    assert_eq!(expr("0123"), "83");
    assert_eq!(expr("1e6"), "1000000");
    assert_eq!(expr("1_000_000"), "1000000");
    assert_eq!(expr("10ul"), "10");
    assert_eq!(expr("5ms"), "5000000");
    assert_eq!(expr("1m"), "60000000000");
    assert_eq!(expr("-1"), "(- 1)");
    assert_eq!(expr("true && false"), "(&& true false)");
}

#[test]
fn string_literals() {
    assert_eq!(expr(r#""a\tb\n""#), r#""a\tb\n""#);
    assert_eq!(expr(r#""\x41\101\"\\""#), r#""AA\"\\""#);
    assert_eq!(expr(r#""\033[31m""#), r#""\u{1b}[31m""#);
}

// ---------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------

#[test]
fn precedence_follows_c() {
    assert_eq!(expr("1 + 2 * 3"), "(+ 1 (* 2 3))");
    assert_eq!(expr("1 - 2 - 3"), "(- (- 1 2) 3)");
    assert_eq!(expr("a || b && c"), "(|| a (&& b c))");
    assert_eq!(expr("a | b ^ c & d"), "(| a (^ b (& c d)))");
    assert_eq!(expr("a == b < c"), "(== a (< b c))");
    assert_eq!(expr("a < b << c + d"), "(< a (<< b (+ c d)))");
    assert_eq!(expr("a >> 1 >= 2 != 3"), "(!= (>= (>> a 1) 2) 3)");
    assert_eq!(expr("a % b / c"), "(/ (% a b) c)");
    assert_eq!(expr("!a == -b"), "(== (! a) (- b))");
    assert_eq!(expr("~a & *b"), "(& (~ a) (* b))");
    assert_eq!(expr("(1 + 2) * 3"), "(* (+ 1 2) 3)");
}

#[test]
fn ternaries() {
    assert_eq!(expr("a ? b : c"), "(? a b c)");
    assert_eq!(expr("a ?: c"), "(?: a c)");
    assert_eq!(expr("a ? b : c ? d : e"), "(? a b (? c d e))");
    assert_eq!(expr("a > 0 ? a : -1"), "(? (> a 0) a (- 1))");
}

#[test]
fn variables_maps_and_positionals() {
    assert_eq!(expr("$x"), "$x");
    assert_eq!(expr("@"), "@");
    assert_eq!(expr("@x"), "@x");
    assert_eq!(expr("@x[pid]"), "@x[pid]");
    assert_eq!(expr("@x[pid, comm]"), "@x[pid, comm]");
    assert_eq!(expr("@x[(pid, comm)]"), "@x[(tuple pid, comm)]");
    assert_eq!(expr("@[tid]"), "@[tid]");
    assert_eq!(expr("$1 + $#"), "(+ $1 $#)");
}

#[test]
fn calls_and_builtins() {
    assert_eq!(expr("pid"), "pid");
    assert_eq!(expr("pid()"), "pid()");
    assert_eq!(
        expr(r#"printf("%d %s\n", pid, comm)"#),
        r#"printf("%d %s\n", pid, comm)"#
    );
    assert_eq!(expr("count()"), "count()");
    assert_eq!(expr("hist(arg2, 2)"), "hist(arg2, 2)");
    assert_eq!(expr("str(args.filename)"), "str((. args filename))");
    assert_eq!(expr("greet!()"), "greet()");
    assert_eq!(
        expr("p_cast(typeof(uint8), -1)"),
        "p_cast(typeof(type:uint8), (- 1))"
    );
}

#[test]
fn postfix_operations() {
    assert_eq!(expr("$s.y[0]"), "(index (. $s y) 0)");
    assert_eq!(expr("$p->f->g"), "(-> (-> $p f) g)");
    assert_eq!(expr("$kv.0.1"), "(.1 (.0 $kv))");
    assert_eq!(expr("$kv.1"), "(.1 $kv)");
    assert_eq!(expr("$a[1]"), "(index $a 1)");
    assert_eq!(expr("@m[1][2]"), "(index @m[1] 2)");
    assert_eq!(
        expr("curtask.real_parent.pid"),
        "(. (. curtask real_parent) pid)"
    );
    assert_eq!(expr("$x++"), "(post++ $x)");
    assert_eq!(expr("--$a"), "(--pre $a)");
    assert_eq!(expr("@x[1]--"), "(post-- @x[1])");
    assert_eq!(expr("++@x"), "(++pre @x)");
}

#[test]
fn address_of_and_dereference() {
    assert_eq!(expr("&$x"), "&$x");
    assert_eq!(expr("&@m"), "&@m");
    assert_eq!(expr("*$ptr"), "(* $ptr)");
    assert_eq!(expr("**$ptr"), "(* (* $ptr))");
}

#[test]
fn tuples_and_records() {
    assert_eq!(expr("()"), "(tuple )");
    assert_eq!(expr("(1,)"), "(tuple 1)");
    assert_eq!(expr("(1, \"hello\")"), "(tuple 1, \"hello\")");
    assert_eq!(expr("(3, 4, $a)"), "(tuple 3, 4, $a)");
    assert_eq!(
        expr("(color=\"green\", size=2)"),
        "(record color=\"green\" size=2)"
    );
    assert_eq!(expr("(x == 1)"), "(== x 1)");
}

#[test]
fn casts() {
    assert_eq!(expr("(uint16)$x"), "(cast uint16 $x)");
    assert_eq!(expr("(int64)-1"), "(cast int64 (- 1))");
    assert_eq!(
        expr("(struct task_struct *)curtask"),
        "(cast struct task_struct* curtask)"
    );
    assert_eq!(expr("(int16 *)$pz"), "(cast int16* $pz)");
    assert_eq!(expr("(uint8[8])12345"), "(cast uint8[8] 12345)");
    assert_eq!(expr("(string[64])arg0"), "(cast string[64] arg0)");
    assert_eq!(expr("(bool[2])(uint16)1"), "(cast bool[2] (cast uint16 1))");
    assert_eq!(
        expr("((int8[8])(uint64)12345)[0]"),
        "(index (cast int8[8] (cast uint64 12345)) 0)"
    );
    assert_eq!(
        expr("((struct path *)arg0).dentry.d_name.name"),
        "(. (. (. (cast struct path* arg0) dentry) d_name) name)"
    );
    assert_eq!(expr("(uint64_t)1"), "(cast uint64_t 1)");
    assert_eq!(
        expr("(typeof(uint64_t()))$z"),
        "(cast typeof(uint64_t()) $z)"
    );
    assert_eq!(expr("(a*)b"), "(cast a* b)");
    // The documented ambiguities.
    assert_eq!(expr("(myident)"), "myident");
    assert_eq!(expr("(myident)*$a"), "(cast myident (* $a))");
    assert_eq!(expr("(pid)*tid"), "(* pid tid)");
    assert_eq!(expr("(myident)*arg0"), "(cast myident (* arg0))");
    assert_eq!(
        expr("(uint32)pton(\"127.0.0.1\")"),
        "(cast uint32 pton(\"127.0.0.1\"))"
    );
}

#[test]
fn sizeof_offsetof_typeinfo() {
    assert_eq!(expr("sizeof(uint32)"), "(sizeof type:uint32)");
    assert_eq!(expr("sizeof(uint32*[10])"), "(sizeof type:uint32*[10])");
    assert_eq!(
        expr("sizeof(struct task_struct)"),
        "(sizeof type:struct task_struct)"
    );
    assert_eq!(expr("sizeof(uint64_t)"), "(sizeof uint64_t)");
    assert_eq!(expr("sizeof(uint64_t())"), "(sizeof uint64_t())");
    assert_eq!(expr("sizeof(ident[1])"), "(sizeof type:ident[1])");
    assert_eq!(expr("sizeof((ident)[1])"), "(sizeof (index ident 1))");
    assert_eq!(expr("sizeof($x * 2)"), "(sizeof (* $x 2))");
    assert_eq!(
        expr("sizeof({ $a = (int8)1; $a })"),
        "(sizeof {$a = (cast int8 1); => $a})"
    );
    assert_eq!(
        expr("offsetof(struct Foo, a.b)"),
        "(offsetof type:struct Foo a.b)"
    );
    assert_eq!(expr("offsetof($s, x)"), "(offsetof $s x)");
    assert_eq!(expr("typeinfo($x)"), "(typeinfo $x)");
    assert_eq!(expr("sizeof(typeof($x))"), "(sizeof type:typeof($x))");
}

#[test]
fn if_and_block_expressions() {
    assert_eq!(expr("{ 1 }"), "{=> 1}");
    assert_eq!(expr("{ let $b = 1; $b }"), "{let $b = 1; => $b}");
    assert_eq!(expr("if $a { 1 } else { 2 }"), "(if $a {=> 1} else {=> 2})");
    assert_eq!(expr("comptime $x"), "(comptime $x)");
}

// ---------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------

#[test]
fn assignments() {
    assert_eq!(body("$x = 1;"), "{$x = 1}");
    assert_eq!(body("@ = count();"), "{@ = count()}");
    assert_eq!(body("@x[1, 2] = 3;"), "{@x[1, 2] = 3}");
    assert_eq!(
        body("$a += 1; @b -= 2; $c <<= 3; $d >>= 4;"),
        "{$a += 1; @b -= 2; $c <<= 3; $d >>= 4}"
    );
    assert_eq!(
        body("$a *= 1; $a /= 1; $a %= 1; $a &= 1; $a |= 1; $a ^= 1"),
        "{$a *= 1; $a /= 1; $a %= 1; $a &= 1; $a |= 1; $a ^= 1}"
    );
    assert_eq!(body("@[pid, comm]++;"), "{(post++ @[pid, comm])}");
    assert_eq!(
        body("$y = $x--; $b = --$a;"),
        "{$y = (post-- $x); $b = (--pre $a)}"
    );
    assert_eq!(body("_ = has_key(@a, 1);"), "{_ = has_key(@a, 1)}");
    assert_eq!(
        body("$a == 1 ? print(1) : print(2);"),
        "{(? (== $a 1) print(1) print(2))}"
    );
}

#[test]
fn let_statements() {
    assert_eq!(body("let $a = 1;"), "{let $a = 1}");
    assert_eq!(body("let $b;"), "{let $b}");
    assert_eq!(body("let $a: uint16 = $b;"), "{let $a: uint16 = $b}");
    assert_eq!(
        body("let $p: struct task_struct *;"),
        "{let $p: struct task_struct*}"
    );
    assert_eq!(
        body("let $a = { let $b = 1; $b };"),
        "{let $a = {let $b = 1; => $b}}"
    );
}

#[test]
fn if_statements() {
    assert_eq!(
        body("if ($a == 1) { $b = 2; }"),
        "{(if (== $a 1) {$b = 2})}"
    );
    assert_eq!(body("if $a { print(1) }"), "{(if $a {print(1)})}");
    assert_eq!(
        body("if (c) { a(); } else if (d) { b(); } else { e(); }"),
        "{(if c {a()} else (if d {b()} else {e()}))}"
    );
    assert_eq!(
        body("if ($x > 1) && ($y < 2) { f(); }"),
        "{(if (&& (> $x 1) (< $y 2)) {f()})}"
    );
    // An if statement never carries block values.
    assert_eq!(
        body("if $a { 1 } else { 2 } f();"),
        "{(if $a {1} else {2}); f()}"
    );
    assert_eq!(
        body("if comptime ($x) { f(); }"),
        "{(if (comptime $x) {f()})}"
    );
}

#[test]
fn loops() {
    assert_eq!(
        body("while ($i < 10) { $i++; }"),
        "{(while (< $i 10) {(post++ $i)})}"
    );
    assert_eq!(body("unroll(3) { print(1); }"), "{(unroll 3 {print(1)})}");
    assert_eq!(
        body("for ($kv : @map) { print($kv.0); }"),
        "{(for $kv @map {print((.0 $kv))})}"
    );
    assert_eq!(
        body("for ($i : 0..ncpus) { print($i); }"),
        "{(for $i 0..ncpus {print($i)})}"
    );
    assert_eq!(
        body("for $i : 1..$a { break; }"),
        "{(for $i 1..$a {break})}"
    );
    assert_eq!(
        body("for ($i : 0..10) { if ($i == 2) { continue } return; }"),
        "{(for $i 0..10 {(if (== $i 2) {continue}); return})}"
    );
    assert_eq!(body("return 1;"), "{return 1}");
    assert_eq!(body("return"), "{return}");
}

#[test]
fn semicolons_are_optional_before_closing_braces() {
    assert_eq!(body("@x = 1"), "{@x = 1}");
    assert_eq!(body("print(1)"), "{print(1)}");
    assert_eq!(body("$x = 1;;; print(1);"), "{$x = 1; print(1)}");
    assert_eq!(body("{ $x = 1; } print($x);"), "{{$x = 1}; print($x)}");
    assert_eq!(body("import \"lib.bt\"; f();"), "{import \"lib.bt\"; f()}");
}

// ---------------------------------------------------------------------------------------
// Program structure and probes
// ---------------------------------------------------------------------------------------

#[test]
fn attach_points_are_split() {
    let cases: &[(&str, &str, &[&str])] = &[
        ("BEGIN", "BEGIN", &[]),
        ("begin", "begin", &[]),
        ("interval:s:1", "interval", &["s", "1"]),
        ("interval:1s", "interval", &["1s"]),
        ("profile:hz:99", "profile", &["hz", "99"]),
        (
            "tracepoint:syscalls:sys_enter_exec*",
            "tracepoint",
            &["syscalls", "sys_enter_exec*"],
        ),
        (
            "uprobe:/bin/bash:readline",
            "uprobe",
            &["/bin/bash", "readline"],
        ),
        ("kprobe:f+0x10", "kprobe", &["f+0x10"]),
        (
            "usdt:/root/tick:ns:loop",
            "usdt",
            &["/root/tick", "ns", "loop"],
        ),
        ("usdt:*:loop", "usdt", &["*", "loop"]),
        (
            "uprobe:/path/to/myapp:cpp:\"MyApp::Server::*\"",
            "uprobe",
            &["/path/to/myapp", "cpp", "MyApp::Server::*"],
        ),
        (
            "uprobe:\"/system/app/Foo/Foo.apk!/lib/arm64-v8a/libfoo.so\":func",
            "uprobe",
            &["/system/app/Foo/Foo.apk!/lib/arm64-v8a/libfoo.so", "func"],
        ),
        (
            "uprobe:/bin/bash@readline.c:362",
            "uprobe",
            &["/bin/bash@readline.c", "362"],
        ),
        (
            "hardware:cache-misses:1e6",
            "hardware",
            &["cache-misses", "1e6"],
        ),
        (
            "watchpoint:0x10000000:8:rw",
            "watchpoint",
            &["0x10000000", "8", "rw"],
        ),
        ("self:signal:SIGUSR1", "self", &["signal", "SIGUSR1"]),
        (
            "iter:task_file:/sys/fs/bpf/files",
            "iter",
            &["task_file", "/sys/fs/bpf/files"],
        ),
        (
            "kprobe:kvm:x86_emulate_insn",
            "kprobe",
            &["kvm", "x86_emulate_insn"],
        ),
        (
            "uprobe:./testprogs/uprobe_test:uprobeFunction1",
            "uprobe",
            &["./testprogs/uprobe_test", "uprobeFunction1"],
        ),
        (
            "t:syscalls:sys_enter_read",
            "t",
            &["syscalls", "sys_enter_read"],
        ),
        ("uprobe:$1:main", "uprobe", &["$1", "main"]),
    ];
    for (raw, provider, parts) in cases {
        let source = format!("{raw} {{ }}");
        let (program, diagnostics) = parse(&source);
        assert!(diagnostics.is_empty(), "{raw}: {diagnostics:?}");
        let Item::Probe(probe) = &program.items[0] else {
            panic!("not a probe")
        };
        let point = &probe.attach_points[0];
        assert_eq!(point.raw, *raw);
        assert_eq!(point.provider, *provider, "{raw}");
        assert_eq!(point.parts, *parts, "{raw}");
        assert_eq!(point.span, Span::new(0, raw.len() as u32));
    }
}

#[test]
fn probes_predicates_and_lists() {
    assert_eq!(
        parse_ok("kprobe:vfs_read /arg2 < 16/ { printf(\"small\\n\"); }"),
        vec!["kprobe:vfs_read /(< arg2 16)/ {printf(\"small\\n\")}"]
    );
    assert_eq!(
        parse_ok("kretprobe:d_lookup\n/@fname[tid]/\n{\n\tprintf(\"%d\\n\", elapsed / 1e6);\n}"),
        vec!["kretprobe:d_lookup /@fname[tid]/ {printf(\"%d\\n\", (/ elapsed 1000000))}"]
    );
    assert_eq!(
        parse_ok("BEGIN/$1 / 2 > 0/{ }"),
        vec!["BEGIN /(> (/ $1 2) 0)/ {}"]
    );
    assert_eq!(
        parse_ok("tracepoint:syscalls:sys_enter_open,\ntracepoint:syscalls:sys_enter_openat {\n}"),
        vec!["tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {}"]
    );
    assert_eq!(
        parse_ok("kprobe:tcp_reset,kprobe:*socket* { }"),
        vec!["kprobe:tcp_reset,kprobe:*socket* {}"]
    );
    assert_eq!(parse_ok("BEGIN, END, { }"), vec!["BEGIN,END {}"]);
    // A `/` after a path-taking provider belongs to the path: a space is needed.
    assert_eq!(
        errors("uprobe:/bin/bash:readline/pid == 1/ { }"),
        vec!["expected `{` to start the probe body, found `==`"]
    );
    assert_eq!(
        parse_ok("uprobe:/bin/bash:readline /pid == 1/ { }"),
        vec!["uprobe:/bin/bash:readline /(== pid 1)/ {}"]
    );
    assert_eq!(
        parse_ok("kprobe:f/arg0 == 1/{ }"),
        vec!["kprobe:f /(== arg0 1)/ {}"]
    );
    assert_eq!(
        parse_ok("BEGIN // comment\n{ } /* c */ END{}"),
        vec!["BEGIN {}", "END {}"]
    );
}

#[test]
fn program_sections() {
    let source = "#!/usr/bin/env bpftrace\n\
                  #include <linux/socket.h>\n\
                  #define RED \"\\033[31m\"\n\
                  struct S {\n  int x; /* } */\n} __attribute__((packed));\n\
                  config = {\n    stack_mode=perf;\n    max_map_keys=2\n}\n\
                  import \"helpers.bt\";\n\
                  let @a = lruhash(100);\n\
                  macro greet { print(\"hi\"); }\n\
                  macro add_one_to_each($a, @b, x) { $a += 1; x }\n\
                  fn add($a: int64, $b: int64): int64 { return $a + $b; }\n\
                  kprobe:do_nanosleep { greet!(); }\n";
    let (program, diagnostics) = parse(source);
    assert!(
        diagnostics.is_empty(),
        "{}",
        render(&diagnostics, "t", source)
    );
    assert_eq!(
        program.shebang.as_ref().unwrap().text,
        "#!/usr/bin/env bpftrace"
    );
    let preamble: Vec<(CDefinitionKind, &str)> = program
        .preamble
        .iter()
        .map(|definition| (definition.kind, definition.text.as_str()))
        .collect();
    assert_eq!(
        preamble,
        vec![
            (CDefinitionKind::Include, "#include <linux/socket.h>"),
            (CDefinitionKind::Define, "#define RED \"\\033[31m\""),
            (
                CDefinitionKind::Struct,
                "struct S {\n  int x; /* } */\n} __attribute__((packed));"
            ),
        ]
    );
    let config = program.config.as_ref().unwrap();
    assert_eq!(config.entries[0].key.text, "stack_mode");
    assert_eq!(
        config.entries[0].value,
        ConfigValue::Identifier("perf".into())
    );
    assert_eq!(config.entries[1].value, ConfigValue::Integer(2));
    assert_eq!(program.imports[0].path, "helpers.bt");
    let items: Vec<String> = program.items.iter().map(item).collect();
    assert_eq!(
        items,
        vec![
            "let @a = lruhash(100)",
            "macro greet() {print(\"hi\")}",
            "macro add_one_to_each($a, @b, x) {$a += 1; => x}",
            "fn add($a: int64, $b: int64): int64 {return (+ $a $b)}",
            "kprobe:do_nanosleep {greet()}",
        ]
    );
}

#[test]
fn config_values() {
    let (program, diagnostics) =
        parse("config = { a = \"x\"; b = true; c = false; d = 0x10; BPFTRACE_E = y; } BEGIN {}");
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let values: Vec<ConfigValue> = program
        .config
        .unwrap()
        .entries
        .into_iter()
        .map(|entry| entry.value)
        .collect();
    assert_eq!(
        values,
        vec![
            ConfigValue::String("x".into()),
            ConfigValue::Boolean(true),
            ConfigValue::Boolean(false),
            ConfigValue::Integer(16),
            ConfigValue::Identifier("y".into()),
        ]
    );
}

#[test]
fn documentation_examples_parse() {
    let examples = [
        "begin {\n\tprintf(\"Tracing open syscalls... Hit Ctrl-C to end.\\n\");\n}\n\
         tracepoint:syscalls:sys_enter_open,\ntracepoint:syscalls:sys_enter_openat {\n\
         \tprintf(\"%-6d %-16s %s\\n\", pid, comm, str(args.filename));\n}",
        "struct MyStruct {\n  int y[4];\n}\nkprobe:dummy {\n  $s = (struct MyStruct *) arg0;\n  print($s.y[0]);\n}",
        "begin { print((getopt(\"aa\", 1), getopt(\"bb\"))); }",
        "begin { printf(\"I got %d, %s (%d args)\\n\", $1, str($2), $#); }",
        "begin { printf(\"%s\\n\", str($1 + 1)) }",
        "// A single line comment\ninterval:s:1 { // inline\n/*\n multi\n\n*/\n  print(/* inline */ 1);\n}",
        "begin { $x = 1<<16; printf(\"%d %d\\n\", (uint16)$x, $x); }",
        "begin { $a = 1; $b = -1000; $a = $b; $c = (uint64)1; $d = (int64)-1; $c = $d; }",
        "begin { $a = 1m; print($a); }",
        "begin { @map[10,11] = 20; for ($kv : @map) { print($kv.0.0); print($kv.0.1); print($kv.1); } }",
        "begin { $a = 10; for ($i : 0..$a) { print($i); $a--; } }",
        "interval:s:1 { unroll(3) { print(\"Unrolled\") } }",
        "macro one() {\n  1\n}\nmacro add_one(x) {\n  x + 1\n}\nmacro p_cast(a, b) {\n  (a*)b\n}\n\
         begin {\n  print(one());\n  print(one);\n  $a = 10;\n  print(add_one(1 + 1));\n\
         side_effects({ printf(\"hi\") });\n  print(\n    p_cast(typeof(uint8), -1)\n  );\n}",
        "macro add_one(x) {\n  let $x = x;\n  $x + 1\n}",
        "begin { { 1 } $a = { 1 }; has_key(@a, 1); $b = has_key(@a, 1); }",
        "test:okay { print(\"ok\"); }\ntest:failure { return 1; }",
        "bench:lhist { @a = lhist(rand % 10, 1, 10, 1); }\nbench:my_loop { $a = 0; for ($i : 0..10) { $a++; } }",
        "hardware:cache-misses:1e6 { @[pid] = count(); }",
        "tracepoint:raw_syscalls:sys_enter { @syscalls = count(); }\ninterval:1s { print(@syscalls); clear(@syscalls); }",
        "iter:task { printf(\"%s:%d\\n\", ctx.task.comm, ctx.task.pid); }",
        "iter:task:list { printf(\"%s:%d\\n\", ctx.task.comm, ctx.task.pid); }",
        "fexit:fget { printf(\"fd %d name %s\\n\", args.fd, str(retval.f_path.dentry.d_name.name)); }",
        "#include <linux/path.h>\n#include <linux/dcache.h>\n\nkprobe:vfs_open\n{\n\tprintf(\"open path: %s\\n\", str(((struct path *)arg0).dentry.d_name.name));\n}",
        "kprobe:kvm:x86_emulate_insn\n{\n  $ctxt = (struct x86_emulate_ctxt *) arg0;\n  printf(\"eip = 0x%lx\\n\", $ctxt.eip);\n}",
        "profile:hz:99 { @[tid] = count(); }",
        "rawtracepoint:vmlinux:kfree_skb { printf(\"%llx %llx\\n\", arg0, args.skb); }",
        "software:faults:100 { @[comm] = count(); }",
        "uprobe:libc:malloc { printf(\"Allocated %d bytes\\n\", arg0); }",
        "uprobe:/path/to/myapp:\"_ZN5MyApp6Server14handle_requestEi\" { print(ustack); }",
        "usdt:/root/tick:loop { printf(\"%s: %d\\n\", str(arg0), arg1); }",
        "struct MyStruct {\n  int a;\n}\nkprobe:dummy {\n  $ptr = (struct MyStruct *) arg0;\n  $st = *$ptr;\n  print($st.a);\n  print($ptr.a);\n}",
        "interval:s:1 {\n  $a = (color=\"green\", size=2);\n  print($a.size);\n  $a = (size=10, color=\"blue\");\n}",
        "begin { macro_like(); $x = sizeof(uint64_t); $x = sizeof(uint64_t()); $y = (typeof(uint64_t()))$z; }",
        "fentry:tcp_connect {\n    if (args.sk.__sk_common.skc_daddr == (uint32)pton(\"127.0.0.1\")) { print(1); }\n}",
        "begin { @a = (bool[2])(uint16)1; }",
        "begin { printf(\"first byte: %x\\n\", ((int8[8])(uint64)12345)[0]); }",
        "let @a = hash(100);\nlet @b = percpulruhash(20);\nbegin { }",
        "kprobe:do_nanosleep {\n  @start[tid] = nsecs;\n}\n\nkretprobe:do_nanosleep /has_key(@start, tid)/ {\n  printf(\"slept for %d ms\\n\", (nsecs - @start[tid]) / 1000000);\n  delete(@start, tid);\n}",
        "tracepoint:syscalls:sys_enter_wait4\n{\n  @out[tid] = args.ru;\n}",
        "self:signal:SIGUSR1 {\n  print(\"abc\");\n}",
        "end {\n    clear(@map1);\n    clear(@map2);\n}",
        "kprobe:tcp_reset {\n  @tcp_resets = count()\n}",
        "import \"my_c_lib.bpf.c\";\n\nbegin {\n  print(__add_one(1));\n}",
    ];
    for example in examples {
        let (_, diagnostics) = parse(example);
        assert!(
            diagnostics.is_empty(),
            "{}",
            render(&diagnostics, "example.bt", example)
        );
    }
}

#[test]
fn older_spellings() {
    // bpftrace 0.9-0.2x scripts.
    let scripts = [
        "BEGIN { printf(\"Tracing... Hit Ctrl-C to end.\\n\"); }\n\
         kprobe:vfs_read { @start[tid] = nsecs; }\n\
         kretprobe:vfs_read /@start[tid]/ { $d = nsecs - @start[tid]; @us = hist($d / 1000); delete(@start[tid]); }\n\
         END { clear(@start); }",
        "#include <linux/sched.h>\nkprobe:finish_task_switch { $prev = (struct task_struct *)arg0; \
         if ($prev->state == TASK_RUNNING) { @[$prev->comm] = count(); } }",
        "i:s:1 { time(\"%H:%M:%S\\n\"); print(@); clear(@); }",
        "k:vfs_read, kr:vfs_read { @[probe] = count(); }",
        "tracepoint:syscalls:sys_enter_execve { join(args->argv); }",
        "BEGIN { $i = 0; while ($i < 5) { $i++; } }",
        "u:/lib/x86_64-linux-gnu/libc.so.6:malloc /comm == \"bash\"/ { @bytes = sum(arg0); }",
    ];
    for script in scripts {
        let (_, diagnostics) = parse(script);
        assert!(
            diagnostics.is_empty(),
            "{}",
            render(&diagnostics, "old.bt", script)
        );
    }
}

#[test]
fn spans_cover_the_source() {
    let source = "BEGIN { @x[pid] = 1 + 2; }";
    let (program, _) = parse(source);
    let Item::Probe(probe) = &program.items[0] else {
        panic!()
    };
    assert_eq!(probe.span.text(source), source);
    assert_eq!(probe.body.span.text(source), "{ @x[pid] = 1 + 2; }");
    let statement = &probe.body.statements[0];
    assert_eq!(statement.span.text(source), "@x[pid] = 1 + 2;");
    let StatementKind::Assign { target, value, .. } = &statement.kind else {
        panic!()
    };
    assert_eq!(target.span.text(source), "@x[pid]");
    assert_eq!(value.span.text(source), "1 + 2");
    let source = "BEGIN { printf(\"%d\", (uint8)foo(1)); }";
    let (program, _) = parse(source);
    let Item::Probe(probe) = &program.items[0] else {
        panic!()
    };
    let StatementKind::Expr(call) = &probe.body.statements[0].kind else {
        panic!()
    };
    let ExprKind::Call {
        name_span,
        arguments,
        ..
    } = &call.kind
    else {
        panic!()
    };
    assert_eq!(name_span.text(source), "printf");
    let CallArgument::Expression(cast) = &arguments[1] else {
        panic!()
    };
    assert_eq!(cast.span.text(source), "(uint8)foo(1)");
}

// ---------------------------------------------------------------------------------------
// Errors and recovery
// ---------------------------------------------------------------------------------------

#[test]
fn every_error_of_a_file_is_reported() {
    let source = "BEGIN {\n  $x = ;\n  print(1);\n  @y = 1 +;\n}\nkprobe:f { $a = (1, ; }\nEND { print(2) print(3); }\n";
    let (program, diagnostics) = parse(source);
    assert_eq!(
        messages(&diagnostics),
        vec![
            "expected an expression, found `;`",
            "expected an expression, found `;`",
            "expected an expression, found `;`",
            "expected `;`, found `print`",
        ]
    );
    assert_eq!(program.items.len(), 3);
    let rendered = render(&diagnostics[..1], "script.bt", source);
    assert_eq!(
        rendered,
        "script.bt:2:8: error: expected an expression, found `;`\n  $x = ;\n       ^\n"
    );
}

#[test]
fn recovery_keeps_the_rest_of_the_block() {
    let (program, diagnostics) =
        parse("BEGIN { $x = 1 +; print(1); if (x) { bad bad; } print(2); }");
    assert_eq!(diagnostics.len(), 2, "{diagnostics:?}");
    let Item::Probe(probe) = &program.items[0] else {
        panic!()
    };
    let statements: Vec<String> = probe.body.statements.iter().map(statement).collect();
    assert_eq!(statements, vec!["print(1)", "(if x {})", "print(2)"]);
}

#[test]
fn bad_headers_skip_the_probe() {
    let source = "kprobe:f pid { print(1); }\nBEGIN { print(2); }\n{ }\n";
    let (program, diagnostics) = parse(source);
    assert_eq!(
        messages(&diagnostics),
        vec![
            "expected `{` to start the probe body, found `pid`",
            "expected an attach point such as `kprobe:vfs_read`, found `{`",
        ]
    );
    assert_eq!(
        program.items.iter().map(item).collect::<Vec<_>>(),
        vec!["BEGIN {print(2)}"]
    );
}

#[test]
fn rejected_constructs() {
    assert_eq!(
        errors("BEGIN { $a.b = 1; }"),
        vec!["only variables and maps can be assigned to"]
    );
    assert_eq!(
        errors("BEGIN { 1 = 2; }"),
        vec!["only variables and maps can be assigned to"]
    );
    assert_eq!(
        errors("BEGIN { 1++; }"),
        vec!["`++` needs a variable or a map"]
    );
    assert_eq!(
        errors("BEGIN { --f(); }"),
        vec!["`--` needs a variable or a map"]
    );
    assert_eq!(
        errors("BEGIN { $x = &1; }"),
        vec!["expected a variable or a map after `&`, found an integer"]
    );
    assert_eq!(
        errors("BEGIN { let @a = hash(1); }"),
        vec!["expected a variable after `let`, found `@a`"]
    );
    assert_eq!(
        errors("let $a = 1;"),
        vec!["expected a map name, found `$a`"]
    );
    assert_eq!(
        errors("BEGIN { for ($i : f()) { } }"),
        vec!["expected a map or a range `start..end`"]
    );
    assert_eq!(
        errors("BEGIN { $r = (a=1, a=2); }"),
        vec!["the record already has a field named `a`"]
    );
    assert_eq!(
        errors("BEGIN { if (1) { } else print(1); }"),
        vec!["expected `{` or `if` after `else`, found `print`"]
    );
    assert_eq!(
        errors("BEGIN { print(\"abc); }"),
        vec![
            "unterminated string",
            "expected `)`, found end of file",
            "expected `}`, found end of file"
        ]
    );
    assert_eq!(
        errors("BEGIN { $x = 0x; }"),
        vec!["hexadecimal literal `0x` has no digits"]
    );
    assert_eq!(
        errors("BEGIN { $x = 12abc; }"),
        vec!["invalid suffix `abc` on integer literal"]
    );
    assert_eq!(
        errors("BEGIN { print(1); }\n#include <x.h>\n"),
        vec!["C definitions must appear before config, imports and probes"]
    );
    assert_eq!(
        errors("BEGIN { }\nconfig = { a = 1 }\n"),
        vec!["the config block must appear before probes, macros and functions"]
    );
    assert_eq!(
        errors("BEGIN { } }"),
        vec!["unexpected `}` outside of any block"]
    );
    assert_eq!(
        errors("BEGIN { print(1) "),
        vec!["expected `}`, found end of file"]
    );
}

#[test]
fn unclosed_delimiters_name_the_opening() {
    let source = "BEGIN {\n  print((1 + 2);\n}\n";
    let (_, diagnostics) = parse(source);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(
        render(&diagnostics, "s.bt", source),
        "s.bt:2:16: error: expected `)`, found `;`\n  print((1 + 2);\n               ^\nnote: to match the opening at line 2, column 8\n"
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let source = format!(
        "BEGIN {{ $x = {}1{}; }}",
        "(".repeat(5000),
        ")".repeat(5000)
    );
    let (_, diagnostics) = parse(&source);
    assert!(messages(&diagnostics).contains(&"this nests too deeply".to_string()));
    let source = format!("BEGIN {{ $x = {}1; }}", "-".repeat(5000));
    let (_, diagnostics) = parse(&source);
    assert!(!diagnostics.is_empty());
    let source = format!("BEGIN {}", "{".repeat(5000));
    let (_, diagnostics) = parse(&source);
    assert!(!diagnostics.is_empty());
    let source = format!("BEGIN {{ {} }}", "if 1 { ".repeat(3000));
    let (_, diagnostics) = parse(&source);
    assert!(!diagnostics.is_empty());
}

/// A small deterministic fuzzer: random byte soups and mutations of valid scripts must
/// produce diagnostics (or a program), never a panic or a hang.
#[test]
fn arbitrary_input_never_panics() {
    let seeds = [
        "BEGIN { printf(\"%d\\n\", pid); }",
        "kprobe:vfs_read /arg2 < 16/ { @[comm] = hist(arg2); }",
        "#include <x.h>\nstruct S { int a; }\nconfig = { a = 1 }\nlet @m = hash(1);\nmacro m($a) { $a }\nuprobe:/bin/sh:main { $x = (struct S *)arg0; $y = $x->a ? 1 : 2; for ($i : 0..10) { unroll(2) { @m[$i] += 1; } } }",
        "i:s:1 { $t = (1, \"a\"); $r = (a=1); print($t.0); if $r.a { exit(); } else if 1 { } }",
    ];
    let alphabet: &[u8] = b"{}()[]/*+-=!<>&|^~?:;,.@$#\"\\ \n\tabcxyz0123456789_";
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for round in 0..3000 {
        let mut bytes: Vec<u8> = if round % 3 == 0 {
            (0..(next() % 80))
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect()
        } else {
            seeds[(next() % seeds.len() as u64) as usize]
                .as_bytes()
                .to_vec()
        };
        for _ in 0..(next() % 6) {
            if bytes.is_empty() {
                break;
            }
            let position = (next() % bytes.len() as u64) as usize;
            match next() % 3 {
                0 => {
                    bytes.remove(position);
                }
                1 => bytes.insert(
                    position,
                    alphabet[(next() % alphabet.len() as u64) as usize],
                ),
                _ => bytes.truncate(position),
            }
        }
        let source = String::from_utf8_lossy(&bytes);
        let (_, diagnostics) = parse(&source);
        let _ = render(&diagnostics, "fuzz.bt", &source);
    }
}

#[test]
fn empty_and_comment_only_files() {
    assert!(parse_ok("").is_empty());
    assert!(parse_ok("// nothing\n/* at all */\n").is_empty());
    let (program, diagnostics) = parse("#!/usr/bin/bpftrace\n");
    assert!(diagnostics.is_empty());
    assert!(program.shebang.is_some());
}

#[test]
fn else_without_if_is_named() {
    assert_eq!(
        errors("BEGIN { $a = 1; else { exit(); } }"),
        vec!["`else` without a preceding `if`"]
    );
    assert_eq!(
        errors("BEGIN { if (1) { exit(); } else { exit(); } }"),
        Vec::<String>::new()
    );
}

#[test]
fn type_names_print_as_written() {
    let cast = |source: &str| {
        let (parsed, diagnostics) = parse_expression(source);
        assert!(diagnostics.is_empty(), "{source}");
        match parsed.expect("an expression").kind {
            ExprKind::Cast {
                target: TypeSpecifier::Name(name),
                ..
            } => name.text(),
            other => panic!("not a cast: {other:?}"),
        }
    };
    assert_eq!(cast("(int8[8])1"), "int8[8]");
    assert_eq!(cast("(struct sock **)arg0"), "struct sock **");
    assert_eq!(cast("(uint64)1"), "uint64");
}
