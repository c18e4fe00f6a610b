fn main() {
    println!("libbpf {}.{}", unsafe { libbpf_sys::libbpf_major_version() }, unsafe { libbpf_sys::libbpf_minor_version() });
}
