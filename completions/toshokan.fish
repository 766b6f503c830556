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
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "cart" -d 'The site\'s 予約カート: list, add, remove, checkout (adding is not reserving)'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "reserve" -d 'Reserve titles (いますぐ予約) by title code, as `search` prints them'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "reservations" -d 'List reservations (予約状況)'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "search" -d 'Search the catalogue (詳細検索); no login needed'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "show" -d 'One title: bibliographic fields, holdings (所蔵館, 請求記号, 状態), reservations'
complete -c toshokan -n "__fish_toshokan_needs_command" -f -a "libraries" -d 'Branch codes and names as the site lists them'
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
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -l pace-ms -d 'Minimum gap between request starts [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and not __fish_seen_subcommand_from list add remove checkout" -l all-profiles -d 'Run a read command for every profile, tagging results with the profile'
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
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from list" -l pace-ms -d 'Minimum gap between request starts [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from list" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from list" -l all-profiles -d 'Run a read command for every profile, tagging results with the profile'
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
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -l pace-ms -d 'Minimum gap between request starts [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -s y -l yes -d 'Do not ask for confirmation (implied by --no-input)'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from add" -l all-profiles -d 'Run a read command for every profile, tagging results with the profile'
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
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -l pace-ms -d 'Minimum gap between request starts [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation (implied by --no-input)'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from remove" -l all-profiles -d 'Run a read command for every profile, tagging results with the profile'
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
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -l pace-ms -d 'Minimum gap between request starts [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -s y -l yes -d 'Do not ask for confirmation (implied by --no-input)'
complete -c toshokan -n "__fish_toshokan_using_subcommand cart; and __fish_seen_subcommand_from checkout" -l all-profiles -d 'Run a read command for every profile, tagging results with the profile'
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
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l pace-ms -d 'Minimum gap between request starts [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l dry-run -d 'Read and report what would be sent; send nothing'
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -s y -l yes -d 'Do not ask for confirmation (implied by --no-input)'
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l all-profiles -d 'Run a read command for every profile, tagging results with the profile'
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand reserve" -s V -l version -d 'Print version'
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
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l pace-ms -d 'Minimum gap between request starts [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l available -d 'Only titles that can be borrowed now (貸出可のみ)'
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l desc -d 'Descending order (with --sort)'
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l all -d 'Every page (a progress bar on stderr when it is a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand search" -l all-profiles -d 'Run a read command for every profile, tagging results with the profile'
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
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -l pace-ms -d 'Minimum gap between request starts [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -l all-profiles -d 'Run a read command for every profile, tagging results with the profile'
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand show" -s V -l version -d 'Print version'
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -l profile -d 'Which card to use; several profiles make a household' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -l base-url -d 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka\'s]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -l config-dir -d 'Where config and session cache live' -r -F
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -l pace-ms -d 'Minimum gap between request starts [default: 500 remote, 0 loopback]' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -l timeout -d 'Per-request timeout' -r
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -l lang -d 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]' -r -f -a "ja\t''
en\t''"
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -l all-profiles -d 'Run a read command for every profile, tagging results with the profile'
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -l json -d 'Machine-readable output on stdout; messages stay on stderr'
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -l demo -d 'Use the embedded simulator with a demo account: no network, no setup'
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -s v -l verbose -d 'Log each request (method, path, status, time) to stderr, secrets redacted'
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -s q -l quiet -d 'Print only results and errors'
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -s h -l help -d 'Print help'
complete -c toshokan -n "__fish_toshokan_using_subcommand libraries" -s V -l version -d 'Print version'
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
