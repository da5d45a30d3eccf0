import { Field } from '../../components/ui/field';

interface Member {
  id: string;
  name: string;
}

interface MemberSelectProps {
  id: string;
  label: string;
  /** The empty first option, which asks to choose. */
  placeholder: string;
  members: readonly Member[];
  value: string;
  onChange: (memberId: string) => void;
  error?: string | null;
}

/** A labelled choice of one member of the organisation, by name; nothing chosen until the user does. */
export function MemberSelect({ id, label, placeholder, members, value, onChange, error }: MemberSelectProps) {
  return (
    <Field id={id} label={label} error={error}>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{placeholder}</option>
        {members.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </Field>
  );
}
