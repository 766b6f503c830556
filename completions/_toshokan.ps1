
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'toshokan' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'toshokan'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'toshokan' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Which card to use; several profiles make a household')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka''s]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Where config and session cache live')
            [CompletionResult]::new('--pace-ms', '--pace-ms', [CompletionResultType]::ParameterName, 'Minimum gap between request starts [default: 500 remote, 0 loopback]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run a read command for every profile, tagging results with the profile')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine-readable output on stdout; messages stay on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Use the embedded simulator with a demo account: no network, no setup')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, path, status, time) to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, path, status, time) to stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in, cache the session and show the account summary')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the session and drop the cached one')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Card, expiry and counts: loans, overdue, reservations, ready, cart, shelves')
            [CompletionResult]::new('loans', 'loans', [CompletionResultType]::ParameterValue, 'List loans (貸出状況)')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Renew loans (貸出延長): by id, all eligible, or those due soon (cron)')
            [CompletionResult]::new('reservations', 'reservations', [CompletionResultType]::ParameterValue, 'List reservations (予約状況)')
            [CompletionResult]::new('sim', 'sim', [CompletionResultType]::ParameterValue, 'Serve the offline LiCS-XP simulator')
            break
        }
        'toshokan;login' {
            [CompletionResult]::new('--card', '--card', [CompletionResultType]::ParameterName, 'Card number (利用カード番号) [env: TOSHOKAN_CARD]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Which card to use; several profiles make a household')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka''s]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Where config and session cache live')
            [CompletionResult]::new('--pace-ms', '--pace-ms', [CompletionResultType]::ParameterName, 'Minimum gap between request starts [default: 500 remote, 0 loopback]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--save-password', '--save-password', [CompletionResultType]::ParameterName, 'Keep the password (file with mode 0600) so sessions renew unattended')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run a read command for every profile, tagging results with the profile')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine-readable output on stdout; messages stay on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Use the embedded simulator with a demo account: no network, no setup')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, path, status, time) to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, path, status, time) to stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'toshokan;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Which card to use; several profiles make a household')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka''s]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Where config and session cache live')
            [CompletionResult]::new('--pace-ms', '--pace-ms', [CompletionResultType]::ParameterName, 'Minimum gap between request starts [default: 500 remote, 0 loopback]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]')
            [CompletionResult]::new('--forget', '--forget', [CompletionResultType]::ParameterName, 'Also delete a saved password')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run a read command for every profile, tagging results with the profile')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine-readable output on stdout; messages stay on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Use the embedded simulator with a demo account: no network, no setup')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, path, status, time) to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, path, status, time) to stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'toshokan;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Which card to use; several profiles make a household')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka''s]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Where config and session cache live')
            [CompletionResult]::new('--pace-ms', '--pace-ms', [CompletionResultType]::ParameterName, 'Minimum gap between request starts [default: 500 remote, 0 loopback]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run a read command for every profile, tagging results with the profile')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine-readable output on stdout; messages stay on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Use the embedded simulator with a demo account: no network, no setup')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, path, status, time) to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, path, status, time) to stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'toshokan;loans' {
            [CompletionResult]::new('--due-within', '--due-within', [CompletionResultType]::ParameterName, 'Only loans due within DAYS days (overdue ones included)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Which card to use; several profiles make a household')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka''s]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Where config and session cache live')
            [CompletionResult]::new('--pace-ms', '--pace-ms', [CompletionResultType]::ParameterName, 'Minimum gap between request starts [default: 500 remote, 0 loopback]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only overdue loans')
            [CompletionResult]::new('--renewable', '--renewable', [CompletionResultType]::ParameterName, 'Only loans that can be renewed now')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run a read command for every profile, tagging results with the profile')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine-readable output on stdout; messages stay on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Use the embedded simulator with a demo account: no network, no setup')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, path, status, time) to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, path, status, time) to stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'toshokan;renew' {
            [CompletionResult]::new('--due-within', '--due-within', [CompletionResultType]::ParameterName, 'Only loans due within DAYS days (what a cron job runs)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Which card to use; several profiles make a household')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka''s]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Where config and session cache live')
            [CompletionResult]::new('--pace-ms', '--pace-ms', [CompletionResultType]::ParameterName, 'Minimum gap between request starts [default: 500 remote, 0 loopback]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every loan; those the library will not renew are reported with the reason')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Read and report what would be renewed; send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (implied by --no-input)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (implied by --no-input)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run a read command for every profile, tagging results with the profile')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine-readable output on stdout; messages stay on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Use the embedded simulator with a demo account: no network, no setup')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, path, status, time) to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, path, status, time) to stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'toshokan;reservations' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Which card to use; several profiles make a household')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka''s]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Where config and session cache live')
            [CompletionResult]::new('--pace-ms', '--pace-ms', [CompletionResultType]::ParameterName, 'Minimum gap between request starts [default: 500 remote, 0 loopback]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]')
            [CompletionResult]::new('--ready', '--ready', [CompletionResultType]::ParameterName, 'Only reservations ready for pickup')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include cancelled reservations the site still lists')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run a read command for every profile, tagging results with the profile')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine-readable output on stdout; messages stay on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Use the embedded simulator with a demo account: no network, no setup')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, path, status, time) to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, path, status, time) to stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List reservations (the default)')
            break
        }
        'toshokan;reservations;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Which card to use; several profiles make a household')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka''s]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Where config and session cache live')
            [CompletionResult]::new('--pace-ms', '--pace-ms', [CompletionResultType]::ParameterName, 'Minimum gap between request starts [default: 500 remote, 0 loopback]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]')
            [CompletionResult]::new('--ready', '--ready', [CompletionResultType]::ParameterName, 'Only reservations ready for pickup')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include cancelled reservations the site still lists')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run a read command for every profile, tagging results with the profile')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine-readable output on stdout; messages stay on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Use the embedded simulator with a demo account: no network, no setup')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, path, status, time) to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, path, status, time) to stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'toshokan;sim' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (port 0 picks a free one)')
            [CompletionResult]::new('--latency-ms', '--latency-ms', [CompletionResultType]::ParameterName, 'Delay added to every response')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Which library to start with')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Keep the library''s state in FILE between runs')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The simulator''s today [default: TOSHOKAN_TODAY or the date in Japan]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Which card to use; several profiles make a household')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'LiCS-XP base URL (stored per profile at login) [default: Shizuoka''s]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Where config and session cache live')
            [CompletionResult]::new('--pace-ms', '--pace-ms', [CompletionResultType]::ParameterName, 'Minimum gap between request starts [default: 500 remote, 0 loopback]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Start afresh from the seed (with --demo: reset the demo library and exit)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run a read command for every profile, tagging results with the profile')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine-readable output on stdout; messages stay on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Use the embedded simulator with a demo account: no network, no setup')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, path, status, time) to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, path, status, time) to stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
