//! The calendar time of a report (the HTML page's "made at", the JUnit suite's timestamp),
//! from seconds since the Unix epoch: the caller owns the clock, so that a report rendered
//! from the same outcome and options is the same bytes.

/// A time in UTC, to the second.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Utc {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    pub hour: u64,
    pub minute: u64,
    pub second: u64,
}

impl Utc {
    /// The time `seconds` after the Unix epoch, in the proleptic Gregorian calendar (by
    /// Howard Hinnant's days-to-civil algorithm).
    pub fn from_unix(seconds: u64) -> Utc {
        let days = (seconds / 86_400) as i64;
        let of_day = seconds % 86_400;
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z.rem_euclid(146_097);
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let month_index = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * month_index + 2) / 5 + 1;
        let month = if month_index < 10 {
            month_index + 3
        } else {
            month_index - 9
        };
        Utc {
            year: year_of_era + era * 400 + i64::from(month <= 2),
            month,
            day,
            hour: of_day / 3600,
            minute: of_day % 3600 / 60,
            second: of_day % 60,
        }
    }

    /// `2026-11-30T00:42:07`: ISO 8601 without a zone, as the JUnit schemas of Apache Ant
    /// and Jenkins ask of a suite's timestamp.
    pub fn iso_seconds(&self) -> String {
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_calendar() {
        assert_eq!(Utc::from_unix(0).iso_seconds(), "1970-01-01T00:00:00");
        assert_eq!(
            Utc::from_unix(951_782_400).iso_seconds(),
            "2000-02-29T00:00:00"
        );
        assert_eq!(
            Utc::from_unix(1_798_590_187).iso_seconds(),
            "2026-12-30T00:23:07"
        );
        assert_eq!(
            Utc::from_unix(4_107_542_399).iso_seconds(),
            "2100-02-28T23:59:59"
        );
    }
}
