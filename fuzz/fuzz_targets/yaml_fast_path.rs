#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimcheck::fuzzing::yaml_fast_path(data));
