using System.Collections.Immutable;
using CounselingRecords.Privacy;

namespace CounselingRecords.Records.Clinical;

/// <summary>
/// A risk screening: suicidal ideation, self-harm and homicidal ideation, the clinician's overall risk level,
/// protective factors and the safety plan. A positive answer raises a safety flag that the client's record
/// carries forward into later notes, which must then document risk before they can be signed (R8.2).
/// </summary>
[ProtectedHealthInformation]
public sealed class RiskAssessment
{
    /// <summary>Initializes a new instance of the <see cref="RiskAssessment"/> class.</summary>
    /// <param name="suicidalIdeation">The suicidal ideation screen.</param>
    /// <param name="selfHarm">The self-harm screen.</param>
    /// <param name="homicidalIdeation">The homicidal ideation screen.</param>
    /// <param name="level">The overall risk level.</param>
    /// <param name="protectiveFactors">Protective factors, if documented.</param>
    /// <param name="safetyPlan">The safety plan, if one was made or reviewed.</param>
    public RiskAssessment(
        ScreenResult suicidalIdeation,
        ScreenResult selfHarm,
        ScreenResult homicidalIdeation,
        RiskLevel level,
        string? protectiveFactors,
        string? safetyPlan)
    {
        SuicidalIdeation = suicidalIdeation;
        SelfHarm = selfHarm;
        HomicidalIdeation = homicidalIdeation;
        Level = level;
        ProtectiveFactors = protectiveFactors;
        SafetyPlan = safetyPlan;
    }

    /// <summary>Gets an assessment where nothing was screened.</summary>
    public static RiskAssessment NotAssessed { get; } = new(ScreenResult.NotScreened, ScreenResult.NotScreened, ScreenResult.NotScreened, RiskLevel.NotAssessed, null, null);

    /// <summary>Gets the suicidal ideation screen.</summary>
    public ScreenResult SuicidalIdeation { get; }

    /// <summary>Gets the self-harm screen.</summary>
    public ScreenResult SelfHarm { get; }

    /// <summary>Gets the homicidal ideation screen.</summary>
    public ScreenResult HomicidalIdeation { get; }

    /// <summary>Gets the overall risk level.</summary>
    public RiskLevel Level { get; }

    /// <summary>Gets the protective factors.</summary>
    public string? ProtectiveFactors { get; }

    /// <summary>Gets the safety plan.</summary>
    public string? SafetyPlan { get; }

    /// <summary>Returns whether all three questions were screened and a risk level formulated.</summary>
    /// <returns><see langword="true"/> when complete.</returns>
    public bool IsComplete() =>
        SuicidalIdeation != ScreenResult.NotScreened && SelfHarm != ScreenResult.NotScreened
        && HomicidalIdeation != ScreenResult.NotScreened && Level != RiskLevel.NotAssessed;

    /// <summary>Returns the safety flags this screening raises: one per positive answer.</summary>
    /// <returns>The flags, in the order suicide, self-harm, homicide.</returns>
    public ImmutableArray<SafetyFlagKind> RaisedFlags()
    {
        var flags = ImmutableArray.CreateBuilder<SafetyFlagKind>(3);
        if (SuicidalIdeation == ScreenResult.Positive)
        {
            flags.Add(SafetyFlagKind.SuicideRisk);
        }

        if (SelfHarm == ScreenResult.Positive)
        {
            flags.Add(SafetyFlagKind.SelfHarmRisk);
        }

        if (HomicidalIdeation == ScreenResult.Positive)
        {
            flags.Add(SafetyFlagKind.HomicideRisk);
        }

        return flags.ToImmutable();
    }

    /// <inheritdoc />
    public override string ToString() => "RiskAssessment";
}
