namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>
/// How often and how long an intervention is delivered, for example 1 session per week of 53 minutes: the
/// "amount and frequency" a plan must state (R7.5).
/// </summary>
public sealed record ServiceFrequency
{
    /// <summary>Initializes a new instance of the <see cref="ServiceFrequency"/> class.</summary>
    /// <param name="sessions">Sessions per <paramref name="per"/>, at least 1.</param>
    /// <param name="per">The period.</param>
    /// <param name="minutesPerSession">The planned length of a session in minutes, if stated.</param>
    public ServiceFrequency(int sessions, FrequencyUnit per, int? minutesPerSession)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sessions);
        if (minutesPerSession is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minutesPerSession), "A session length must be positive.");
        }

        Sessions = sessions;
        Per = Internal.Defined(per, nameof(per));
        MinutesPerSession = minutesPerSession;
    }

    /// <summary>Gets the sessions per period.</summary>
    public int Sessions { get; }

    /// <summary>Gets the period.</summary>
    public FrequencyUnit Per { get; }

    /// <summary>Gets the planned length of a session in minutes, if stated.</summary>
    public int? MinutesPerSession { get; }

    /// <inheritdoc />
    public override string ToString() =>
        Internal.Inv($"{Sessions} per {Per.ToString().ToLowerInvariant()}{(MinutesPerSession is { } m ? Internal.Inv($", {m} min") : string.Empty)}");
}
