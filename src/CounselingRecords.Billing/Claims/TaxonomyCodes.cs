namespace CounselingRecords.Billing.Claims;

/// <summary>
/// Provider taxonomy codes (CMS-1500 33b with qualifier ZZ, 837P PRV with PXC). The R2.9 codes are listed for
/// convenience; the NUCC code set changes twice a year (rules §9 item 11), so claims accept any well-formed code.
/// </summary>
public static class TaxonomyCodes
{
    /// <summary>Counselor, Professional.</summary>
    public const string ProfessionalCounselor = "101YP2500X";

    /// <summary>Counselor, Mental Health.</summary>
    public const string MentalHealthCounselor = "101YM0800X";

    /// <summary>Marriage and Family Therapist.</summary>
    public const string MarriageAndFamilyTherapist = "106H00000X";

    /// <summary>Social Worker, Clinical.</summary>
    public const string ClinicalSocialWorker = "1041C0700X";

    /// <summary>Psychologist.</summary>
    public const string Psychologist = "103T00000X";

    /// <summary>Returns whether the text has the NUCC taxonomy shape: ten characters, three digits, six letters or digits, then X.</summary>
    /// <param name="code">The text.</param>
    /// <returns><see langword="true"/> when well-formed.</returns>
    public static bool IsWellFormed(string? code)
    {
        if (code is not { Length: 10 } || code[9] != 'X')
        {
            return false;
        }

        for (var i = 0; i < 9; i++)
        {
            var c = code[i];
            if (i < 3 ? !char.IsAsciiDigit(c) : !(char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)))
            {
                return false;
            }
        }

        return true;
    }
}
