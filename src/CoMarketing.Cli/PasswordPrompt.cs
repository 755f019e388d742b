using System.Text;

namespace CoMarketing.Cli;

/// <summary>Asks for a password at the terminal without echoing it (the only place a password is typed).</summary>
public static class PasswordPrompt
{
    public static string Ask(CliEnvironment environment, string prompt)
    {
        ArgumentNullException.ThrowIfNull(environment);
        environment.Error.Write(prompt);
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                {
                    password.Length--;
                }

                continue;
            }

            if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        environment.Error.WriteLine();
        return password.ToString();
    }
}
