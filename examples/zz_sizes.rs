use std::mem::size_of;
fn main() {
    println!("Location {}", size_of::<claimcheck::diagnostic::Location>());
    println!(
        "Located<String> {}",
        size_of::<claimcheck::diagnostic::Located<String>>()
    );
    println!("Quantity {}", size_of::<claimcheck::quantity::Quantity>());
    println!("Interval {}", size_of::<claimcheck::quantity::Interval>());
    println!("Claim {}", size_of::<claimcheck::model::Claim>());
    println!("Member {}", size_of::<claimcheck::model::Member>());
    println!(
        "RawClaim {}",
        size_of::<claimcheck::load::claims::RawClaim>()
    );
    println!("Value {}", size_of::<claimcheck::syntax::yaml::Value>());
    println!("Node {}", size_of::<claimcheck::syntax::yaml::Node>());
    println!("Period {}", size_of::<claimcheck::date::Period>());
    println!("Date {}", size_of::<claimcheck::date::Date>());
    println!("Allow {}", size_of::<claimcheck::model::Allow>());
    println!("Decimal {}", size_of::<rust_decimal::Decimal>());
}
#[allow(dead_code)]
fn more() {}
