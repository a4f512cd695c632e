import { useId } from 'react';

interface LocalNetworkSwitchProps {
  /** Absent while the settings load. */
  allowed: boolean | undefined;
  onChange: (allowed: boolean) => void;
}

/** Whether saving may reach this computer and the local network; off unless the person turns it on. */
export function LocalNetworkSwitch({ allowed, onChange }: LocalNetworkSwitchProps) {
  const why = useId();
  return (
    <div className="settings-field">
      <label className="local-network">
        <input
          type="checkbox"
          role="switch"
          className="local-network__switch"
          checked={allowed ?? false}
          disabled={allowed === undefined}
          aria-describedby={why}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>Allow saving from this computer and the local network</span>
      </label>
      <p id={why} className="settings-field__why">
        Off by default, so a page you save cannot make the app reach your router, printer or other devices at home or
        work.
      </p>
    </div>
  );
}
