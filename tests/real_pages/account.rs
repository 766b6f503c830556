//! Readers for the screens of this group (none yet).

use jiff::civil::Date;

use super::Reading;

pub fn read(_screen: &str, _body: &str, _today: Date) -> Option<Reading> {
    None
}
