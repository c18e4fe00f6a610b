#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some(source) = btc_fuzz::text(data) {
        btc_fuzz::check(source);
    }
});
