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
complete -c toshokan -n "__fish_toshokan_needs_command" -l pace-ms -d 'Minimum gap between request starts [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_needs_command" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_needs_command" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_needs_command" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_needs_command" -l all-profiles -d 'Run a read command for every profile, tagging results with the profile'
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
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "loans" -d 'List loans (貸出状況)'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "renew" -d 'Renew loans (貸出延長): by id, all eligible, or those due soon (cron)'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "reservations" -d 'List reservations (予約状況)'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "sim" -d 'Serve the offline LiCS-XP simulator'
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l card -d 'Card number (利用カード番号) [env: TOSHOKAN_CARD]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l pace-ms -d 'Minimum gap between request starts [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l save-password -d 'Keep the password (file with mode 0600) so sessions renew unattended'
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l all-profiles -d 'Run a read command for every profile, tagging results with the profile'
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand login" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l pace-ms -d 'Minimum gap between request starts [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l forget -d 'Also delete a saved password'
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l all-profiles -d 'Run a read command for every profile, tagging results with the profile'
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand logout" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -l pace-ms -d 'Minimum gap between request starts [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -l all-profiles -d 'Run a read command for every profile, tagging results with the profile'
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand status" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l due-within -d 'Only loans due within DAYS days (overdue ones included)' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l pace-ms -d 'Minimum gap between request starts [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l overdue -d 'Only overdue loans'
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l renewable -d 'Only loans that can be renewed now'
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l all-profiles -d 'Run a read command for every profile, tagging results with the profile'
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand loans" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l due-within -d 'Only loans due within DAYS days (what a cron job runs)' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l pace-ms -d 'Minimum gap between request starts [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l all -d 'Every loan; those the library will not renew are reported with the reason'
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l dry-run -d 'Read and report what would be renewed; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -s y -l yes -d 'Do not ask for confirmation (implied by --no-input)'
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l all-profiles -d 'Run a read command for every profile, tagging results with the profile'
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand renew" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l pace-ms -d 'Minimum gap between request starts [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l ready -d 'Only reservations ready for pickup'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l all -d 'Include cancelled reservations the site still lists'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and not __fish_seen_subcommand_from list change cancel hide" -l all-profiles -d 'Run a read command for every profile, tagging results with the profile'
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
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l pace-ms -d 'Minimum gap between request starts [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l ready -d 'Only reservations ready for pickup'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l all -d 'Include cancelled reservations the site still lists'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from list" -l all-profiles -d 'Run a read command for every profile, tagging results with the profile'
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
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -l pace-ms -d 'Minimum gap between request starts [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -s y -l yes -d 'Do not ask for confirmation (implied by --no-input)'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from change" -l all-profiles -d 'Run a read command for every profile, tagging results with the profile'
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
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -l pace-ms -d 'Minimum gap between request starts [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Do not ask for confirmation (implied by --no-input)'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from cancel" -l all-profiles -d 'Run a read command for every profile, tagging results with the profile'
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
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -l pace-ms -d 'Minimum gap between request starts [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -l cancelled -d 'Every cancelled reservation'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -s y -l yes -d 'Do not ask for confirmation (implied by --no-input)'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -l all-profiles -d 'Run a read command for every profile, tagging results with the profile'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand reservations; and __fish_seen_subcommand_from hide" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l listen -d 'Address to listen on (port 0 picks a free one)' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l latency-ms -d 'Delay added to every response' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l seed -d 'Which library to start with' -r -f -a "demo\t''
empty\t''
big\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l state -d 'Keep the library\'s state in FILE between runs' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l today -d 'The simulator\'s today [default: TOSHOKAN_TODAY or the date in Japan]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l pace-ms -d 'Minimum gap between request starts [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l reset -d 'Start afresh from the seed (with --demo: reset the demo library and exit)'
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l all-profiles -d 'Run a read command for every profile, tagging results with the profile'
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand sim" -s V -l version -d 'Print version'
