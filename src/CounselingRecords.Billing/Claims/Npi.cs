namespace CounselingRecords.Billing.Claims;

/// <summary>
/// National Provider Identifier checks: ten digits whose last digit is the Luhn check digit computed over the
/// prefix 80840 and the first nine digits (the CMS NPI check-digit standard).
/// </summary>
public static class Npi
{
    /// <summary>Returns whether the text is a valid NPI.</summary>
    /// <param name="npi">The text.</param>
    /// <returns><see langword="true"/> when it is ten digits with a correct check digit.</returns>
    public static bool IsValid(string? npi)
    {
        if (npi is not { Length: 10 })
        {
            return false;
        }

        foreach (var c in npi)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return CheckDigit(npi.AsSpan(0, 9)) == npi[9] - '0';
    }

    /// <summary>Returns the check digit of the first nine digits of an NPI.</summary>
    /// <param name="firstNine">Nine digits.</param>
    /// <returns>The check digit.</returns>
    public static int CheckDigit(ReadOnlySpan<char> firstNine)
    {
        if (firstNine.Length != 9)
        {
            throw new ArgumentException("An NPI's check digit is computed over its first nine digits.", nameof(firstNine));
        }

        // Luhn over the nine digits, doubling from the rightmost; the constant 24 accounts for the 80840 prefix.
        var sum = 24;
        for (var i = 0; i < 9; i++)
        {
            var digit = firstNine[8 - i] - '0';
            if (digit is < 0 or > 9)
            {
                throw new ArgumentException("An NPI is digits only.", nameof(firstNine));
            }

            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (10 - (sum % 10)) % 10;
    }
}
