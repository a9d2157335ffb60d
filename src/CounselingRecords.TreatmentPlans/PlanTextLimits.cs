namespace CounselingRecords.TreatmentPlans;

/// <summary>The longest texts the validators accept (characters), so a host can size its columns and fields.</summary>
public static class PlanTextLimits
{
    /// <summary>A problem, goal or objective statement.</summary>
    public const int Statement = 2000;

    /// <summary>An intervention's approach.</summary>
    public const int Approach = 500;

    /// <summary>A unit counted or rated, or an instrument code.</summary>
    public const int Unit = 100;

    /// <summary>A reason for a revision, status change, refusal or closure.</summary>
    public const int Reason = 2000;

    /// <summary>A review summary or material-change description.</summary>
    public const int Summary = 8000;

    /// <summary>A signer's name or credentials.</summary>
    public const int Name = 200;
}
