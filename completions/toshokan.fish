# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_toshokan_global_optspecs
    string join \n profile= all-profiles json base-url= demo config-dir= no-input pace-ms= timeout= v/verbose q/quiet color= lang= h/help V/version
end

function __fish_toshokan_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_toshokan_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_toshokan_using_subcommand
    set -l cmd (__fish_toshokan_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c toshokan -n "__fish_toshokan_needs_command" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_needs_command" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_needs_command" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_needs_command" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_needs_command" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_needs_command" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_needs_command" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_needs_command" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_needs_command" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_needs_command" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_needs_command" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_needs_command" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_needs_command" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_needs_command" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_needs_command" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "login" -d 'Log in, cache the session and show the account summary'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "logout" -d 'End the session and drop the cached one'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "status" -d 'Card, expiry and counts: loans, overdue, reservations, ready, cart, shelves'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "doctor" -d 'Check the setup and read every screen once (never writes); --bundle saves a report'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "loans" -d 'List loans (貸出状況)'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "renew" -d 'Renew loans (貸出延長): by id, all eligible, or those due soon (cron)'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "cart" -d 'The site\'s 予約カート: list, add, remove, checkout (adding is not reserving)'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "reserve" -d 'Reserve titles (いますぐ予約) by title code, as `search` prints them'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "reservations" -d 'List reservations (予約状況)'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "search" -d 'Search the catalogue (詳細検索); no login needed'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "show" -d 'One title: bibliographic fields, holdings (所蔵館, 請求記号, 状態), reservations'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "shelf" -d 'マイ本棚: list, show, create, rename, memo, add, remove, move, delete'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "alert" -d '新着図書お知らせ: conditions registered on the site; `check` matches them against 新着資料 now'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "new" -d '新着資料: new arrivals by genre; no login needed'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "libraries" -d 'Branch codes and names as the site lists them'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "capture" -d 'Run a command and keep the pages it received, scrubbed, in DIR (for reporting site differences)'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "history" -d '読書履歴: list (kept here per profile, refreshed incrementally), search, turn recording on/off, forget'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "barcode" -d '利用者番号バーコード表示: the card number as a barcode (works offline)'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "settings" -d '利用者情報設定: show; change e-mail, default pickup and contact, password'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "password" -d 'パスワード登録/再登録 (no login): terms, identity check, new password'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "calendar" -d 'Closed days (休館日) of a branch; no login needed'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "sim" -d 'Serve the offline LiCS-XP simulator'
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l card -d 'Card number (利用カード番号) [env: TOSHOKAN_CARD]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l password-store -d 'Where --save-password keeps it: the OS keyring, or a mode-0600 file for headless cron [default: the profile\'s recorded store, else keyring]' -r -f -a "keyring\t'The OS keyring: Secret Service (Linux), Keychain (macOS), Credential Manager (Windows)'
file\t'CONFIG/secrets/PROFILE.password, mode 0600: for machines without an unlocked keyring'"
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l save-password -d 'Keep the password so that expired sessions renew unattended (where: --password-store)'
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l forget -d 'Also delete a saved password'
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -l max-age -d 'Answer from the last snapshot of this screen when it is younger than DURATION (90s, 30m, 1h, 2d, 1h30m; 0 reads the site): no request at all' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand doctor" -l bundle -d 'Save every page read (scrubbed) and the summary in DIR, a new or empty directory, to attach to a report' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand doctor" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand doctor" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand doctor" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand doctor" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand doctor" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand doctor" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand doctor" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand doctor" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand doctor" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand doctor" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand doctor" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand doctor" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand doctor" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l due-within -d 'Only loans due within DAYS days (overdue ones included)' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l max-age -d 'Answer from the last snapshot of this screen when it is younger than DURATION (90s, 30m, 1h, 2d, 1h30m; 0 reads the site): no request at all' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l overdue -d 'Only overdue loans'
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l renewable -d 'Only loans that can be renewed now'
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l ical -d 'Write the due dates as an iCalendar (RFC 5545) to stdout: one event per loan, a reminder the day before'
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l due-within -d 'Only loans due within DAYS days (what a cron job runs)' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l min-gain -d 'Skip loans whose renewal would move the due date by fewer than DAYS days' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l all -d 'Every loan; those the library will not renew are reported with the reason'
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -s y -l yes -d 'Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)'
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -f -a "list" -d 'List the titles in the cart (the default)'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -f -a "add" -d 'Put titles in the cart (this does not reserve them)'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -f -a "remove" -d 'Take titles out of the cart'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -f -a "checkout" -d 'Reserve everything in the cart with one pickup/contact choice'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from list" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from list" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from list" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from list" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from list" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from list" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from list" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from list" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -s y -l yes -d 'Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -l pickup -d 'Pickup library: a code or (part of) a branch name [default: the profile\'s, else the site\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -l contact -d 'Contact method [default: the profile\'s, else the site\'s]' -r -f -a "phone\t''
email\t''
voice\t''
none\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -l phone -d 'Which registered phone, when there are several' -r -f -a "home\t''
mobile\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -s y -l yes -d 'Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l pickup -d 'Pickup library: a code or (part of) a branch name [default: the profile\'s, else the site\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l contact -d 'Contact method [default: the profile\'s, else the site\'s]' -r -f -a "phone\t''
email\t''
voice\t''
none\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l phone -d 'Which registered phone, when there are several' -r -f -a "home\t''
mobile\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -s y -l yes -d 'Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)'
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l max-age -d 'Answer from the last snapshot of this screen when it is younger than DURATION (90s, 30m, 1h, 2d, 1h30m; 0 reads the site): no request at all' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l ready -d 'Only reservations ready for pickup'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l all -d 'Include cancelled reservations the site still lists'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l ical -d 'Write the pickup deadlines of reservations ready at the counter as an iCalendar (RFC 5545) to stdout'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -f -a "list" -d 'List reservations (the default)'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -f -a "change" -d 'Change the pickup library and/or contact method (only while waiting)'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -f -a "cancel" -d 'Cancel reservations (only while waiting; 他館確保/利用可能/連絡済み need a call or visit)'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -f -a "hide" -d 'Hide cancelled reservations the site still lists'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l max-age -d 'Answer from the last snapshot of this screen when it is younger than DURATION (90s, 30m, 1h, 2d, 1h30m; 0 reads the site): no request at all' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l ready -d 'Only reservations ready for pickup'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l all -d 'Include cancelled reservations the site still lists'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l ical -d 'Write the pickup deadlines of reservations ready at the counter as an iCalendar (RFC 5545) to stdout'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -l pickup -d 'Pickup library: a code or (part of) a branch name, see `libraries`' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -l contact -d 'Contact method' -r -f -a "phone\t''
email\t''
voice\t''
none\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -l phone -d 'Which registered phone, when there are several' -r -f -a "home\t''
mobile\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -s y -l yes -d 'Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -l cancelled -d 'Every cancelled reservation'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -s y -l yes -d 'Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l title -d 'Title (書名) contains' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l author -d 'Author (著者名) contains' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l publisher -d 'Publisher (出版者) contains' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l subject -d 'Subject (件名) contains' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l isbn -d 'ISBN (10 or 13 digits, hyphens allowed)' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l type -d 'Material kind: general, children, magazine, cd, dvd, daisy, av, picture-book, or the site\'s own label; repeatable' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l year-from -d 'Published in or after (YYYY or YYYY-MM)' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l year-to -d 'Published in or before (YYYY or YYYY-MM)' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l sort -d 'Sort by a column of the result list' -r -f -a "type\t'書誌種別'
title\t'書名'
author\t'著者'
publisher\t'出版者'
published\t'出版年月'
class\t'分類'"
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l page -d 'Which page of results (20 per page)' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l available -d 'Only titles that can be borrowed now (貸出可のみ)'
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l desc -d 'Descending order (with --sort)'
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l all -d 'Every page (a progress bar on stderr when it is a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -l max-age -d 'Answer from the last snapshot of this screen when it is younger than DURATION (90s, 30m, 1h, 2d, 1h30m; 0 reads the site): no request at all' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -f -a "list" -d 'Every shelf: number, name, memo and number of titles (the default)'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -f -a "show" -d 'The titles on a shelf, in the site\'s order'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -f -a "create" -d 'Create a shelf (リストの新規作成)'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -f -a "rename" -d 'Rename a shelf'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -f -a "memo" -d 'Set a shelf\'s memo, or a title\'s memo with --item (an empty TEXT clears it)'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -f -a "add" -d 'Add titles to a shelf from their detail pages (--new NAME creates the shelf first)'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -f -a "remove" -d 'Take titles off a shelf'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -f -a "move" -d 'Move a title to another place on its shelf'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and not __fish_seen_subcommand_from list show create rename memo add remove move delete" -f -a "delete" -d 'Delete a shelf with every title on it (asks first unless --yes)'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from list" -l max-age -d 'Answer from the last snapshot of this screen when it is younger than DURATION (90s, 30m, 1h, 2d, 1h30m; 0 reads the site): no request at all' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from list" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from list" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from list" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from list" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from list" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from list" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from list" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from list" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from show" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from show" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from show" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from show" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from show" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from show" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from show" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from show" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from show" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from create" -l memo -d 'The shelf\'s memo (at most 1000 characters)' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from create" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from create" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from create" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from create" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from create" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from create" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from create" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from create" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from create" -s y -l yes -d 'Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from create" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from create" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from create" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from rename" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from rename" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from rename" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from rename" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from rename" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from rename" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from rename" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from rename" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from rename" -s y -l yes -d 'Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from rename" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from rename" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from rename" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from rename" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from rename" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from memo" -l item -d 'Set this title\'s memo instead of the shelf\'s' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from memo" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from memo" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from memo" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from memo" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from memo" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from memo" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from memo" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from memo" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from memo" -s y -l yes -d 'Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from memo" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from memo" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from memo" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from memo" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from memo" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from memo" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from memo" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from memo" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from add" -l memo -d 'A memo for each title added' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from add" -l new -d 'Create a shelf of this name first and add to it' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from add" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from add" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from add" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from add" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from add" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from add" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from add" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from add" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from add" -s y -l yes -d 'Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from add" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from add" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from add" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from remove" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from remove" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from remove" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from remove" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from remove" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from remove" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from remove" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from remove" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from remove" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from remove" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from move" -l to -d 'The title\'s new place (1 = first)' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from move" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from move" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from move" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from move" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from move" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from move" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from move" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from move" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from move" -s y -l yes -d 'Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from move" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from move" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from move" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from move" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from move" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from move" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from move" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from move" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from delete" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from delete" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from delete" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from delete" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from delete" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from delete" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from delete" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from delete" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from delete" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from delete" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand shelf; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and not __fish_seen_subcommand_from list show add edit delete check" -l max-age -d 'Answer from the last snapshot of this screen when it is younger than DURATION (90s, 30m, 1h, 2d, 1h30m; 0 reads the site): no request at all' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and not __fish_seen_subcommand_from list show add edit delete check" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and not __fish_seen_subcommand_from list show add edit delete check" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and not __fish_seen_subcommand_from list show add edit delete check" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and not __fish_seen_subcommand_from list show add edit delete check" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and not __fish_seen_subcommand_from list show add edit delete check" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and not __fish_seen_subcommand_from list show add edit delete check" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and not __fish_seen_subcommand_from list show add edit delete check" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and not __fish_seen_subcommand_from list show add edit delete check" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and not __fish_seen_subcommand_from list show add edit delete check" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and not __fish_seen_subcommand_from list show add edit delete check" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and not __fish_seen_subcommand_from list show add edit delete check" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and not __fish_seen_subcommand_from list show add edit delete check" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and not __fish_seen_subcommand_from list show add edit delete check" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and not __fish_seen_subcommand_from list show add edit delete check" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and not __fish_seen_subcommand_from list show add edit delete check" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and not __fish_seen_subcommand_from list show add edit delete check" -f -a "list" -d 'The registered conditions (the default)'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and not __fish_seen_subcommand_from list show add edit delete check" -f -a "show" -d 'One condition, by name'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and not __fish_seen_subcommand_from list show add edit delete check" -f -a "add" -d 'Register a condition: a name and at least one of --title/--author/--publisher/--subject/--keyword'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and not __fish_seen_subcommand_from list show add edit delete check" -f -a "edit" -d 'Change a condition (an empty value clears a field; --rename changes the name)'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and not __fish_seen_subcommand_from list show add edit delete check" -f -a "delete" -d 'Delete conditions, by name'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and not __fish_seen_subcommand_from list show add edit delete check" -f -a "check" -d 'Match the conditions against the site\'s 新着資料 now (for cron); exit 0 with matches or none'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from list" -l max-age -d 'Answer from the last snapshot of this screen when it is younger than DURATION (90s, 30m, 1h, 2d, 1h30m; 0 reads the site): no request at all' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from list" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from list" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from list" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from list" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from list" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from list" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from list" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from list" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from show" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from show" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from show" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from show" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from show" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from show" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from show" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from show" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from show" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from add" -l title -d '書名 contains' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from add" -l author -d '著者名 contains' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from add" -l publisher -d '出版者 contains' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from add" -l subject -d '件名 contains' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from add" -l keyword -d 'キーワード: in the title, author, publisher or classification' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from add" -l type -d '資料種別: general, children, magazine, cd, dvd, the site\'s own label, or `all`' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from add" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from add" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from add" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from add" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from add" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from add" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from add" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from add" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from add" -s y -l yes -d 'Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from add" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from add" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from add" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -l rename -d 'A new name' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -l title -d '書名 contains' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -l author -d '著者名 contains' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -l publisher -d '出版者 contains' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -l subject -d '件名 contains' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -l keyword -d 'キーワード: in the title, author, publisher or classification' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -l type -d '資料種別: general, children, magazine, cd, dvd, the site\'s own label, or `all`' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from delete" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from delete" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from delete" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from delete" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from delete" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from delete" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from delete" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from delete" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from delete" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from delete" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from check" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from check" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from check" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from check" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from check" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from check" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from check" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from check" -l unseen -d 'Only matches no earlier --unseen run of this profile reported (for cron)'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from check" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from check" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from check" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand alert; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand new" -l genre -d 'Only this genre: a code or (part of) a name, see --list-genres; repeatable [default: every genre]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand new" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand new" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand new" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand new" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand new" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand new" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand new" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand new" -l list-genres -d 'List the genres (codes and names) instead of titles'
complete -c toshokan -n "__fish_toshokan_using_subcommand new" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand new" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand new" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand new" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand new" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand new" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand new" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand new" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -l max-age -d 'Answer from the last snapshot of this screen when it is younger than DURATION (90s, 30m, 1h, 2d, 1h30m; 0 reads the site): no request at all' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand capture" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand capture" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand capture" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand capture" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand capture" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand capture" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand capture" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand capture" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand capture" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand capture" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand capture" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand capture" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand capture" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand capture" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand capture" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and not __fish_seen_subcommand_from enable disable forget" -l search -d 'Only rows whose title, author or publisher contain TEXT (NFKC, case-insensitive)' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and not __fish_seen_subcommand_from enable disable forget" -l since -d 'Only loans on or after DATE (YYYY-MM-DD)' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and not __fish_seen_subcommand_from enable disable forget" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and not __fish_seen_subcommand_from enable disable forget" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and not __fish_seen_subcommand_from enable disable forget" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and not __fish_seen_subcommand_from enable disable forget" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and not __fish_seen_subcommand_from enable disable forget" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and not __fish_seen_subcommand_from enable disable forget" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and not __fish_seen_subcommand_from enable disable forget" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and not __fish_seen_subcommand_from enable disable forget" -l refresh -d 'Read the whole list again, updating the rows kept here (default: only new rows); none are dropped'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and not __fish_seen_subcommand_from enable disable forget" -l offline -d 'Use the rows kept here only; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and not __fish_seen_subcommand_from enable disable forget" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and not __fish_seen_subcommand_from enable disable forget" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and not __fish_seen_subcommand_from enable disable forget" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and not __fish_seen_subcommand_from enable disable forget" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and not __fish_seen_subcommand_from enable disable forget" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and not __fish_seen_subcommand_from enable disable forget" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and not __fish_seen_subcommand_from enable disable forget" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and not __fish_seen_subcommand_from enable disable forget" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and not __fish_seen_subcommand_from enable disable forget" -f -a "enable" -d 'Start recording loans (needs consent to the terms; only later loans are recorded)'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and not __fish_seen_subcommand_from enable disable forget" -f -a "disable" -d 'Stop recording loans (the site may delete its history; the rows kept here stay)'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and not __fish_seen_subcommand_from enable disable forget" -f -a "forget" -d 'Delete the reading history kept here for the profile (the site\'s is not touched)'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from enable" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from enable" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from enable" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from enable" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from enable" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from enable" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from enable" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from enable" -l accept-terms -d 'Agree to the reading-history terms without being asked (they are still printed)'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from enable" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from enable" -s y -l yes -d 'Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from enable" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from enable" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from enable" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from enable" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from disable" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from disable" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from disable" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from disable" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from disable" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from disable" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from disable" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from disable" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from disable" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from disable" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from disable" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from disable" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from forget" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from forget" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from forget" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from forget" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from forget" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from forget" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from forget" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from forget" -s y -l yes -d 'Delete without asking (needed when there is no terminal to ask on)'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from forget" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from forget" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from forget" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from forget" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from forget" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from forget" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from forget" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand history; and __fish_seen_subcommand_from forget" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand barcode" -l format -d 'How to draw it' -r -f -a "terminal\t'Block characters, dark bars on a light background'
svg\t''
png\t''
html\t'A self-contained page to open on a phone'"
complete -c toshokan -n "__fish_toshokan_using_subcommand barcode" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand barcode" -l symbology -d 'Symbology' -r -f -a "codabar\t'NW-7, as library cards print it'
code39\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand barcode" -l start -d 'NW-7 start character (A–D), as printed on the card' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand barcode" -l stop -d 'NW-7 stop character (A–D), as printed on the card' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand barcode" -l card -d 'Card number [default: the profile\'s, else TOSHOKAN_CARD]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand barcode" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand barcode" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand barcode" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand barcode" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand barcode" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand barcode" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand barcode" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand barcode" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand barcode" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand barcode" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand barcode" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand barcode" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand barcode" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand barcode" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c toshokan -n "__fish_toshokan_using_subcommand barcode" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and not __fish_seen_subcommand_from show email pickup contact password address name phone" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and not __fish_seen_subcommand_from show email pickup contact password address name phone" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and not __fish_seen_subcommand_from show email pickup contact password address name phone" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and not __fish_seen_subcommand_from show email pickup contact password address name phone" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and not __fish_seen_subcommand_from show email pickup contact password address name phone" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and not __fish_seen_subcommand_from show email pickup contact password address name phone" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and not __fish_seen_subcommand_from show email pickup contact password address name phone" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and not __fish_seen_subcommand_from show email pickup contact password address name phone" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and not __fish_seen_subcommand_from show email pickup contact password address name phone" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and not __fish_seen_subcommand_from show email pickup contact password address name phone" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and not __fish_seen_subcommand_from show email pickup contact password address name phone" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and not __fish_seen_subcommand_from show email pickup contact password address name phone" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and not __fish_seen_subcommand_from show email pickup contact password address name phone" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and not __fish_seen_subcommand_from show email pickup contact password address name phone" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and not __fish_seen_subcommand_from show email pickup contact password address name phone" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and not __fish_seen_subcommand_from show email pickup contact password address name phone" -f -a "show" -d 'What the site has registered (the default)'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and not __fish_seen_subcommand_from show email pickup contact password address name phone" -f -a "email" -d 'Register, replace or delete the e-mail address'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and not __fish_seen_subcommand_from show email pickup contact password address name phone" -f -a "pickup" -d 'Default pickup library for reservations'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and not __fish_seen_subcommand_from show email pickup contact password address name phone" -f -a "contact" -d 'Default contact method for reservations (existing reservations keep theirs)'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and not __fish_seen_subcommand_from show email pickup contact password address name phone" -f -a "password" -d 'Change the password'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and not __fish_seen_subcommand_from show email pickup contact password address name phone" -f -a "address" -d 'How to change the address (not possible online)'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and not __fish_seen_subcommand_from show email pickup contact password address name phone" -f -a "name" -d 'How to change the name (not possible online)'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and not __fish_seen_subcommand_from show email pickup contact password address name phone" -f -a "phone" -d 'How to change a phone number (not possible online)'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from show" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from show" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from show" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from show" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from show" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from show" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from show" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from show" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from show" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from email" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from email" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from email" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from email" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from email" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from email" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from email" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from email" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from email" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from email" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from email" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from email" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from email" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from email" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from email" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from email" -f -a "set" -d 'Register or replace the address'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from email" -f -a "delete" -d 'Delete the address (mail contact then stops working)'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from pickup" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from pickup" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from pickup" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from pickup" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from pickup" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from pickup" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from pickup" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from pickup" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from pickup" -s y -l yes -d 'Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from pickup" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from pickup" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from pickup" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from pickup" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from pickup" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from pickup" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from pickup" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from pickup" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from contact" -l phone -d 'Which registered phone, when there are several' -r -f -a "home\t''
mobile\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from contact" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from contact" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from contact" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from contact" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from contact" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from contact" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from contact" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from contact" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from contact" -s y -l yes -d 'Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from contact" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from contact" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from contact" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from contact" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from contact" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from contact" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from contact" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from contact" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from password" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from password" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from password" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from password" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from password" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from password" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from password" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from password" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from password" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from password" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from password" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from password" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from password" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from password" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from password" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from password" -f -a "change" -d 'Change the password (current one, then the new one twice)'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from address" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from address" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from address" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from address" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from address" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from address" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from address" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from address" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from address" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from address" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from address" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from address" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from address" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from address" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from address" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from name" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from name" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from name" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from name" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from name" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from name" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from name" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from name" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from name" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from name" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from name" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from name" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from name" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from name" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from name" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from phone" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from phone" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from phone" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from phone" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from phone" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from phone" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from phone" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from phone" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from phone" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from phone" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from phone" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from phone" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from phone" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from phone" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand settings; and __fish_seen_subcommand_from phone" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and not __fish_seen_subcommand_from register" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and not __fish_seen_subcommand_from register" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and not __fish_seen_subcommand_from register" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and not __fish_seen_subcommand_from register" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and not __fish_seen_subcommand_from register" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and not __fish_seen_subcommand_from register" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and not __fish_seen_subcommand_from register" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and not __fish_seen_subcommand_from register" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and not __fish_seen_subcommand_from register" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and not __fish_seen_subcommand_from register" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and not __fish_seen_subcommand_from register" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and not __fish_seen_subcommand_from register" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and not __fish_seen_subcommand_from register" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and not __fish_seen_subcommand_from register" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and not __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and not __fish_seen_subcommand_from register" -f -a "register" -d 'パスワード登録/再登録: get a web password for a card (no login)'
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and __fish_seen_subcommand_from register" -l card -d 'Card number (利用カード番号) [default: the profile\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and __fish_seen_subcommand_from register" -l birth -d 'Birth date as registered (西暦, YYYY-MM-DD)' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and __fish_seen_subcommand_from register" -l phone -d 'A phone number registered with the library' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and __fish_seen_subcommand_from register" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and __fish_seen_subcommand_from register" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and __fish_seen_subcommand_from register" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and __fish_seen_subcommand_from register" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and __fish_seen_subcommand_from register" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and __fish_seen_subcommand_from register" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and __fish_seen_subcommand_from register" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and __fish_seen_subcommand_from register" -l accept-terms -d 'Agree to the terms without being asked (they are still printed)'
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and __fish_seen_subcommand_from register" -l password-stdin -d 'Read two lines from stdin: the new password and the same again'
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and __fish_seen_subcommand_from register" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and __fish_seen_subcommand_from register" -s y -l yes -d 'Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)'
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and __fish_seen_subcommand_from register" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and __fish_seen_subcommand_from register" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and __fish_seen_subcommand_from register" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and __fish_seen_subcommand_from register" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and __fish_seen_subcommand_from register" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand password; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand calendar" -l library -d 'A code or (part of) a branch name [default: the site\'s first]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand calendar" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand calendar" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand calendar" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand calendar" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand calendar" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand calendar" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand calendar" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand calendar" -l ical -d 'Write the closed days as an iCalendar (RFC 5545) to stdout'
complete -c toshokan -n "__fish_toshokan_using_subcommand calendar" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand calendar" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand calendar" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand calendar" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand calendar" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand calendar" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand calendar" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand calendar" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l listen -d 'Address to listen on (port 0 picks a free one)' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l latency-ms -d 'Delay added to every response' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l seed -d 'Which library to start with' -r -f -a "demo\t''
empty\t''
big\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l state -d 'Keep the library\'s state in FILE between runs' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l today -d 'The simulator\'s today [default: TOSHOKAN_TODAY or the date in Japan]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l fault -d 'Misbehave on purpose, to see what a script does with exit 5, 6 or 8 (repeatable)' -r -f -a "drop-after-write\t'Apply a write, then drop the connection before answering'
slow-write\t'Apply a write, then answer 40 s late (past the default --timeout)'
write-http-500\t'Answer a write with HTTP 500 (nothing applied)'
write-maintenance\t'Answer a write with the maintenance notice (nothing applied)'
write-session-expired\t'End the session just before a write arrives (the login form answers)'
wrong-code\t'Stage 1 asks another code than the right one'
wrong-action\t'Stage 1 sends the confirmation to another action'
changed-layout\t'List pages come with renamed landmarks'
unknown-column\t'The loan list heads an optional column in unknown words (read without it; a note under -v)'
changed-confirmation\t'The confirmation page comes in a shape the client does not know'
maintenance\t'Every page is the maintenance notice'
http-500\t'Every request answers HTTP 500'"
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l replay -d 'Answer an account screen with a page saved from a real site, to see how toshokan reads it (repeatable; SCREEN: loans, reservations, shelves, history, alerts; reads only)' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l pace-ms -d 'Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l reset -d 'Start afresh from the seed (with --demo: reset the demo library and exit)'
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l all-profiles -d 'Run for every profile, results tagged with the profile: status, loans, reservations, renew, alert check, and the lists of shelf, cart, alert and settings'
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -s V -l version -d 'Print version'
