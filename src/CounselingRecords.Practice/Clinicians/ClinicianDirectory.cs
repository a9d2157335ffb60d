using System.Collections.Frozen;
using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Results;

namespace CounselingRecords.Practice.Clinicians;

/// <summary>
/// The practice's clinicians, looked up by id: who signs as whom, who supervises whom, who may bill E/M. Every
/// supervisor named is in the directory and supervision never runs in a circle.
/// </summary>
public sealed class ClinicianDirectory
{
    private readonly FrozenDictionary<ClinicianId, PracticeClinician> _byId;

    /// <summary>Initializes a new instance of the <see cref="ClinicianDirectory"/> class.</summary>
    /// <param name="clinicians">The clinicians; ids are unique and every supervisor is one of them.</param>
    public ClinicianDirectory(ImmutableArray<PracticeClinician> clinicians)
    {
        clinicians = clinicians.IsDefault ? [] : clinicians;
        var byId = new Dictionary<ClinicianId, PracticeClinician>();
        foreach (var clinician in clinicians)
        {
            ArgumentNullException.ThrowIfNull(clinician, nameof(clinicians));
            if (!byId.TryAdd(clinician.Id, clinician))
            {
                throw new ArgumentException($"Clinician {clinician.Id} appears twice in the directory.", nameof(clinicians));
            }
        }

        foreach (var clinician in clinicians)
        {
            var seen = new HashSet<ClinicianId> { clinician.Id };
            for (var supervisor = clinician.SupervisorId; supervisor is { } s; supervisor = byId[s].SupervisorId)
            {
                if (!byId.ContainsKey(s))
                {
                    throw new ArgumentException($"Clinician {clinician.Id} is supervised by {s}, who is not in the directory.", nameof(clinicians));
                }

                if (!seen.Add(s))
                {
                    throw new ArgumentException($"The supervision of clinician {clinician.Id} runs in a circle.", nameof(clinicians));
                }
            }
        }

        Clinicians = clinicians;
        _byId = byId.ToFrozenDictionary();
    }

    /// <summary>Gets the clinicians.</summary>
    public ImmutableArray<PracticeClinician> Clinicians { get; }

    /// <summary>Returns the clinician with the id, or <see langword="null"/>.</summary>
    /// <param name="id">The clinician.</param>
    /// <returns>The clinician, or <see langword="null"/>.</returns>
    public PracticeClinician? Find(ClinicianId id) => _byId.TryGetValue(id, out var clinician) ? clinician : null;

    /// <summary>Returns the clinician with the id, or <see cref="PracticeErrorCodes.ClinicianUnknown"/>.</summary>
    /// <param name="id">The clinician.</param>
    /// <returns>The clinician, or the refusal.</returns>
    public Result<PracticeClinician> Get(ClinicianId id) =>
        Find(id) is { } clinician
            ? clinician
            : new DomainError(PracticeErrorCodes.ClinicianUnknown, $"Clinician {id} is not in the practice's clinician directory.", target: id.ToString());

    /// <summary>Returns the supervisor of a clinician, if the clinician is known and supervised.</summary>
    /// <param name="id">The clinician.</param>
    /// <returns>The supervisor, or <see langword="null"/>.</returns>
    public ClinicianId? SupervisorOf(ClinicianId id) => Find(id)?.SupervisorId;

    /// <inheritdoc />
    public override string ToString() => $"ClinicianDirectory ({Clinicians.Length} clinicians)";
}
