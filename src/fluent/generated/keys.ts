import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    bom_json: {
                        table: 'sys_module'
                        id: 'cea468057987487887428b427ec3768d'
                    }
                    'credential-task-closed-br': {
                        table: 'sys_script'
                        id: '9224a0d1529048b68c1d852a399489f3'
                    }
                    'cross-scope-sc-req-item-read': {
                        table: 'sys_scope_privilege'
                        id: 'f32f4ae3cb0f4cf287ef0e8d4e2a631d'
                    }
                    'cross-scope-sc-req-item-write': {
                        table: 'sys_scope_privilege'
                        id: '620d354b192b45fc82cccfa65cb2233c'
                    }
                    'cross-scope-sc-task-create': {
                        table: 'sys_scope_privilege'
                        id: 'cf7c7ffc76464689b2dac597f4695f29'
                    }
                    'cross-scope-sc-task-delete': {
                        table: 'sys_scope_privilege'
                        id: '70d89da2a7014aa3944f93587e2a1f60'
                    }
                    'cross-scope-sc-task-read': {
                        table: 'sys_scope_privilege'
                        id: '3d3640b04ad4403d9006f52f6cca9289'
                    }
                    'cross-scope-sys-group-has-role-create': {
                        table: 'sys_scope_privilege'
                        id: '134e3586faa54537b6df2131738e7e4b'
                    }
                    'cross-scope-sys-group-has-role-read': {
                        table: 'sys_scope_privilege'
                        id: '0e4a3fa5df8a4a9ebeefe9b37941b2f0'
                    }
                    'cross-scope-sys-user-create': {
                        table: 'sys_scope_privilege'
                        id: 'a45d6ccc288042aca4ba499bda5e17e5'
                    }
                    'cross-scope-sys-user-delete': {
                        table: 'sys_scope_privilege'
                        id: 'e3f8427ecb854f26a37d6a933ae9196b'
                    }
                    'cross-scope-sys-user-grmember-create': {
                        table: 'sys_scope_privilege'
                        id: '92eac956055d48e496239e135dde580b'
                    }
                    'cross-scope-sys-user-grmember-delete': {
                        table: 'sys_scope_privilege'
                        id: '08852d311a8848dda8876b0edd33be4b'
                    }
                    'cross-scope-sys-user-grmember-read': {
                        table: 'sys_scope_privilege'
                        id: 'ae73448289044223b1cfae2634ba5517'
                    }
                    'cross-scope-sys-user-group-read': {
                        table: 'sys_scope_privilege'
                        id: 'e46fae57b8994f0caa1744d99a51f3e3'
                    }
                    'cross-scope-sys-user-read': {
                        table: 'sys_scope_privilege'
                        id: 'edf40f749c7148ed8c9b015ffe821790'
                    }
                    'cross-scope-sys-user-role-contains-read': {
                        table: 'sys_scope_privilege'
                        id: '04560ce9c1c94d6784c8b0a2517d74b6'
                    }
                    'cross-scope-sys-user-role-read': {
                        table: 'sys_scope_privilege'
                        id: '3860649875304826bcac537f79c32cd9'
                    }
                    'cross-scope-sysapproval-approver-read': {
                        table: 'sys_scope_privilege'
                        id: '50b645d05ae0409094b54291a17499a5'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '57b582eb1007414d8389039499192647'
                    }
                    'property-approval-due-days': {
                        table: 'sys_properties'
                        id: '40466d245fe7439ab0175654410d1563'
                    }
                    'property-approval-fallback-group': {
                        table: 'sys_properties'
                        id: '70b8955e01df46b8a205f5491ccc9798'
                    }
                    'property-credential-task-group': {
                        table: 'sys_properties'
                        id: '71688e9b92e14d07b5b79d09d183fb14'
                    }
                    'property-group': {
                        table: 'sys_properties'
                        id: '6644bc8672b54501b58b0a2e29e284d7'
                    }
                    'property-group-roles': {
                        table: 'sys_properties'
                        id: 'e0935388e5754cbc9ce00db3927d3e0a'
                    }
                    'property-gui-window-days': {
                        table: 'sys_properties'
                        id: 'a8d639cda0f2486a98d50701d930a908'
                    }
                    'property-lockdown-batch-size': {
                        table: 'sys_properties'
                        id: '2a8bcc63da9548a1960087875bf46f6b'
                    }
                    'property-reminder-days': {
                        table: 'sys_properties'
                        id: 'f959982a68254b69a145f2686ed3870d'
                    }
                    'property-user-id-max-length': {
                        table: 'sys_properties'
                        id: 'd89a7d55af254f5899700a7a51590f65'
                    }
                    'property-user-id-prefix': {
                        table: 'sys_properties'
                        id: '02ea418fc2a840f1b3d4a1c161f3f5a4'
                    }
                    'property-user-id-reserved-names': {
                        table: 'sys_properties'
                        id: '5ad8ce5401e54017b10ed2a58e5e6709'
                    }
                    'provision-atf-forged-answer': {
                        table: 'sys_atf_step'
                        id: '42526ebe315c4a1292b5614ac7c105cc'
                    }
                    'provision-atf-forged-answer-link': {
                        table: 'sys_atf_step'
                        id: '8fed72f57b17486a8e536baf4647206b'
                    }
                    'provision-atf-forged-approval': {
                        table: 'sys_atf_test'
                        id: 'e9d009409b0945a6b98c8f311a7164e9'
                    }
                    'provision-atf-forged-edit': {
                        table: 'sys_atf_step'
                        id: '8a7b85850b5541cd820c2c69e64938e0'
                    }
                    'provision-atf-forged-item': {
                        table: 'sys_atf_step'
                        id: 'f347149dc4994296bc87be3c8b97bb23'
                    }
                    'provision-atf-forged-manager': {
                        table: 'sys_atf_step'
                        id: 'e4e51db3a24f4176b88e2c2c0c8dccf0'
                    }
                    'provision-atf-forged-no-account': {
                        table: 'sys_atf_step'
                        id: '84e6332dce3a4979bc50fc20727bcf70'
                    }
                    'provision-atf-forged-no-inventory': {
                        table: 'sys_atf_step'
                        id: '6c1ad9198c6140ad9ce1e72dcea48184'
                    }
                    'provision-atf-forged-owner': {
                        table: 'sys_atf_step'
                        id: '902a5ab4f46d4c848508a424c4d411cd'
                    }
                    'provision-atf-forged-question': {
                        table: 'sys_atf_step'
                        id: 'c2825ea7220b44e6888033b2d1f94c34'
                    }
                    'provision-atf-forged-work-note': {
                        table: 'sys_atf_step'
                        id: '21026ea6ec67495ea76f24b9f456e9fb'
                    }
                    'provision-atf-genuine-account': {
                        table: 'sys_atf_step'
                        id: 'e6a422d9bd7e4bd5b44f2bc12414f7e0'
                    }
                    'provision-atf-genuine-answer': {
                        table: 'sys_atf_step'
                        id: '80e30538fae54382bdb29c82f9311381'
                    }
                    'provision-atf-genuine-answer-link': {
                        table: 'sys_atf_step'
                        id: '4423e25c833f4223b126dcc755ccf9f2'
                    }
                    'provision-atf-genuine-approval': {
                        table: 'sys_atf_test'
                        id: '296dc7b3b7d14357947147337ad40588'
                    }
                    'provision-atf-genuine-approval-record': {
                        table: 'sys_atf_step'
                        id: 'b8ddb661e0544f3d8bddf3a760064efd'
                    }
                    'provision-atf-genuine-approve': {
                        table: 'sys_atf_step'
                        id: 'deec12b10e1e46debd5a2603880fc462'
                    }
                    'provision-atf-genuine-credential-task': {
                        table: 'sys_atf_step'
                        id: '496007b3bab3473fbfb95b5a9633c788'
                    }
                    'provision-atf-genuine-explorer': {
                        table: 'sys_atf_step'
                        id: 'a7a687b1035740a7831e20479e848ddc'
                    }
                    'provision-atf-genuine-inventory': {
                        table: 'sys_atf_step'
                        id: '6e46cde44b99487b84a3006e79510086'
                    }
                    'provision-atf-genuine-item': {
                        table: 'sys_atf_step'
                        id: '875d234c280948bf9e81e61ad6999527'
                    }
                    'provision-atf-genuine-item-approved': {
                        table: 'sys_atf_step'
                        id: 'c2325cc0910f44f3a5e5ce6b4a6b2f40'
                    }
                    'provision-atf-genuine-itil': {
                        table: 'sys_atf_step'
                        id: 'dfa34104b3664d9e993aae3091dca0a1'
                    }
                    'provision-atf-genuine-manager': {
                        table: 'sys_atf_step'
                        id: '316cb243ec614978976702196c2185fd'
                    }
                    'provision-atf-genuine-membership': {
                        table: 'sys_atf_step'
                        id: 'd0bf3041e5e0427a940731843e06f3f0'
                    }
                    'provision-atf-genuine-no-direct-role': {
                        table: 'sys_atf_step'
                        id: 'cfc9b0f8fb35421296eca5ccc4efd7a2'
                    }
                    'provision-atf-genuine-owner': {
                        table: 'sys_atf_step'
                        id: '18e6bb2a40b34341860035b4848e3f73'
                    }
                    'provision-atf-genuine-question': {
                        table: 'sys_atf_step'
                        id: 'b901d39acf7d4ca9b951b5869a6f5629'
                    }
                    'provision-on-approval-br': {
                        table: 'sys_script'
                        id: '861ec223a24d46b8a6cb029c5ecdfddd'
                    }
                    'request-service-account-item': {
                        table: 'sc_cat_item'
                        id: 'e1f357274cdb4466b21165c67e64108f'
                    }
                    'retry-provisioning-ui-action': {
                        table: 'sys_ui_action'
                        id: 'b3b372102f4348d99816635b18416454'
                    }
                    'service-account-admin-group': {
                        table: 'sys_user_group'
                        id: '363f18415e5a490ca4debd62109a8237'
                    }
                    'service-account-approver-group': {
                        table: 'sys_user_group'
                        id: 'd9d2c7f125814fbb9ad4056554ef9d8c'
                    }
                    'service-account-create-acl': {
                        table: 'sys_security_acl'
                        id: 'ebd8b81d6d7b4ea19b93fa6793c8e7bb'
                    }
                    'service-account-delete-acl': {
                        table: 'sys_security_acl'
                        id: '134d480750d8472dba4558d710591e95'
                    }
                    'service-account-group': {
                        table: 'sys_user_group'
                        id: '211553d3b22342c697735afdda92c07d'
                    }
                    'service-account-group-itil': {
                        table: 'sys_group_has_role'
                        id: 'f74c7d7572154c20ba0239fe1876b59c'
                    }
                    'service-account-read-acl': {
                        table: 'sys_security_acl'
                        id: 'af3e0de16cc24602817ab39aa824272a'
                    }
                    'service-account-read-own-acl': {
                        table: 'sys_security_acl'
                        id: 'c5e0969b00d5428ea46a9ffab62cbd08'
                    }
                    'service-account-write-acl': {
                        table: 'sys_security_acl'
                        id: '2d6ce315332c453e93995dcc17bb464f'
                    }
                    'src_server_access_group-roles_ts': {
                        table: 'sys_module'
                        id: '65eca51d070d4885a10bd554fa91125f'
                    }
                    'src_server_approval_approver-choice_ts': {
                        table: 'sys_module'
                        id: '6208e5d6a6424dad91f7bbc00aa25fae'
                    }
                    'src_server_approval_verify-approval_ts': {
                        table: 'sys_module'
                        id: '73f6fcc6828d41b19f8ef56b55f94876'
                    }
                    'src_server_catalog_request-variables_ts': {
                        table: 'sys_module'
                        id: '689c0f9180cb4213bf131eb4e3b24800'
                    }
                    src_server_config_properties_ts: {
                        table: 'sys_module'
                        id: 'a7a73166d49942869cbe991589d5b0b2'
                    }
                    'src_server_naming_user-id-rules_ts': {
                        table: 'sys_module'
                        id: '9c72060f8c55402ca1267cf29f02513f'
                    }
                    'src_server_provisioning_catalog-item_ts': {
                        table: 'sys_module'
                        id: '865ab32eb8504c6cab8dbbcd5f754dc6'
                    }
                    'src_server_provisioning_credential-task_ts': {
                        table: 'sys_module'
                        id: '3027fc758101446fb22ce0ffdb24b872'
                    }
                    'src_server_provisioning_provision-service-account_ts': {
                        table: 'sys_module'
                        id: '40a815e4bd0a4f879c1df74cd34a451e'
                    }
                    'src_server_provisioning_provisioning-plan_ts': {
                        table: 'sys_module'
                        id: 'c2509024dee345f2bdedd22ec26ab54e'
                    }
                    'src_server_provisioning_retry-provisioning_ts': {
                        table: 'sys_module'
                        id: 'a2f83069f1cc443f8a5d4757f4359bf3'
                    }
                }
                composite: [
                    {
                        table: 'sys_variable_value'
                        id: '0157e6fb70374c579f1c643e1cc036e7'
                        key: {
                            document_key: 'e4e51db3a24f4176b88e2c2c0c8dccf0'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0177e560fe244ffa9aa626e4368ef75f'
                        key: {
                            document_key: 'cfc9b0f8fb35421296eca5ccc4efd7a2'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '021f0ac3a50e4a33bcc6cffa22d35979'
                        key: {
                            document_key: '21026ea6ec67495ea76f24b9f456e9fb'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0294f0013f63499093d43460ea28bc6a'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                            value: 'retired'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sc_cat_item_catalog'
                        id: '0383da12cab44cfaa5dc7deecd09da41'
                        key: {
                            sc_cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            sc_catalog: 'e0d08b13c3330100c8b837659bba8fb4'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '07c872ba198d43b1bac899b7d2d83d1b'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '496007b3bab3473fbfb95b5a9633c788'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '08fb502eef4d4a30a9beee27ffcc7bca'
                        key: {
                            document_key: 'cfc9b0f8fb35421296eca5ccc4efd7a2'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '08fc5006ee0e4ba5a27c095e07c16b77'
                        key: {
                            document_key: 'c2325cc0910f44f3a5e5ce6b4a6b2f40'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0a23b654d93e491883433c1f582ab39c'
                        key: {
                            document_key: 'c2825ea7220b44e6888033b2d1f94c34'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0d10b5073dc744fc8efb3c5607ab4710'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'reminder_sent_on'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0e919fd68d414e22b3b7a64c7b80cdc0'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                            value: 'admin'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0f24e9a4fe604d6298eef38598bcd58a'
                        key: {
                            sys_security_acl: 'ebd8b81d6d7b4ea19b93fa6793c8e7bb'
                            sys_user_role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0f995aaaf6e344e981fb2db1abd5d5e9'
                        key: {
                            document_key: 'b901d39acf7d4ca9b951b5869a6f5629'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1101829e9a4d40df93bc7a97f9f49091'
                        key: {
                            document_key: '6c1ad9198c6140ad9ce1e72dcea48184'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '120b499ca0974871815ff818fd8e6834'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'purpose'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1223ded909194f4eb0ede236a28b1ade'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                            value: 'window_expired'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '13b5288bdfcd480eb33f72015b44bf8f'
                        key: {
                            document_key: '21026ea6ec67495ea76f24b9f456e9fb'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '14c200c6d92648609733bbd1e3070f4f'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                            value: 'api_only'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '156c263f4b17411197370f737faf0933'
                        key: {
                            document_key: '42526ebe315c4a1292b5614ac7c105cc'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '15b44d5b21cb4529ad7170e0261d11db'
                        key: {
                            document_key: '902a5ab4f46d4c848508a424c4d411cd'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '177944d87fd4463dbe15c4b5ed81f703'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'account'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '17c5f9b5540f458a8dc6bc9d7e924857'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '21026ea6ec67495ea76f24b9f456e9fb'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1ab87c5b7c10459bb252492f6c135770'
                        key: {
                            document_key: 'e4e51db3a24f4176b88e2c2c0c8dccf0'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1ab8dcc394d5489c92906f06fa961c69'
                        key: {
                            document_key: 'c2825ea7220b44e6888033b2d1f94c34'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1b527353da9d4abda2295cec1692d0f6'
                        key: {
                            document_key: 'd0bf3041e5e0427a940731843e06f3f0'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '1c658e242df348f3a227a1ac3acc84f9'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1c8cc37135b0426bae5a97fab6c39447'
                        key: {
                            document_key: '902a5ab4f46d4c848508a424c4d411cd'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1de5c162dbff49eaa0ff2c251ea10493'
                        key: {
                            document_key: 'e4e51db3a24f4176b88e2c2c0c8dccf0'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '20a5c072b0e44dc3a69e52696d2298ec'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'a7a687b1035740a7831e20479e848ddc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '22dc1e3d5bf24dbd9eeb320093aceb58'
                        key: {
                            document_key: 'deec12b10e1e46debd5a2603880fc462'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '23b13fc356154b1e878587ef1d56fd1e'
                        key: {
                            document_key: '8a7b85850b5541cd820c2c69e64938e0'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2415690b60314094bb07d450720106ca'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'locked_down_by'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '250b41835c29401c8941928c75496a01'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'user_name'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '253caa423fbd4d06995ed683e3d65f9c'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'deec12b10e1e46debd5a2603880fc462'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '25d37ea84a4b4cdf9eb27f1a78a231f0'
                        key: {
                            document_key: 'b8ddb661e0544f3d8bddf3a760064efd'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '267c4e79e8bf4ee8bbd9143a11a337cd'
                        key: {
                            name: 'x_seed_svcacct.auditor'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '26d54bafff63408ead5f88d2ee5cce57'
                        key: {
                            document_key: '496007b3bab3473fbfb95b5a9633c788'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2aea343d379d45c89e18c15e340b50eb'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'user_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2b5a38831a1243eabb5fc4e672281d19'
                        key: {
                            document_key: '4423e25c833f4223b126dcc755ccf9f2'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2cb180f2effb4d758b2399f379690f8f'
                        key: {
                            document_key: 'f347149dc4994296bc87be3c8b97bb23'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2ec69e381b6f4daf8a7899ca49533802'
                        key: {
                            document_key: 'c2825ea7220b44e6888033b2d1f94c34'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2eea50d11ac34ebebe184a4b913f7ca0'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '6c1ad9198c6140ad9ce1e72dcea48184'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2f444a6a101e4eb0866b175fb9c4762a'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'dfa34104b3664d9e993aae3091dca0a1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2ff41ef65f154f08a4950240654960f4'
                        key: {
                            document_key: '8a7b85850b5541cd820c2c69e64938e0'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '303ca25665124a10b6c40c297bbfb6e4'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3260178e86c44916b74d0adf14716d0f'
                        key: {
                            document_key: '316cb243ec614978976702196c2185fd'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '361af2a5d86144c090ca9da5f2a80cfa'
                        key: {
                            document_key: '875d234c280948bf9e81e61ad6999527'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '367fb5ede84b41289a73a76e9c918a8a'
                        key: {
                            document_key: 'f347149dc4994296bc87be3c8b97bb23'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3a6e3b0e6f3a47a9aeb66768fe4e8d11'
                        key: {
                            document_key: '4423e25c833f4223b126dcc755ccf9f2'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3cdd44d861e6446193b9ece4afe1e530'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'audit_trail'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '426117b6ed4f464e997129572757db7b'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: '902a5ab4f46d4c848508a424c4d411cd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4454fe6de74b4f8c84e0b575d743dd18'
                        key: {
                            document_key: 'a7a687b1035740a7831e20479e848ddc'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '45bd34be986f44eeb6cb1d7fedb90171'
                        key: {
                            document_key: '8fed72f57b17486a8e536baf4647206b'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '465c6d7aa857424fb88712dc6d93b339'
                        key: {
                            sys_security_acl: '134d480750d8472dba4558d710591e95'
                            sys_user_role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4695a12ada2d49e69b5a2f0ef339cd9c'
                        key: {
                            document_key: '84e6332dce3a4979bc50fc20727bcf70'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '46fabeff61324b32854ffb0c55ca9277'
                        key: {
                            document_key: 'dfa34104b3664d9e993aae3091dca0a1'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b30ee1e725c48e8a2a7c2ac037ba3be'
                        key: {
                            document_key: '875d234c280948bf9e81e61ad6999527'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4bff840f83854b9cad74650a7413d158'
                        key: {
                            document_key: 'f347149dc4994296bc87be3c8b97bb23'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4e751841e1504c169391b80a24d7ea4d'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4fa3b992a7d04ff29c2136fb421a06f5'
                        key: {
                            document_key: '84e6332dce3a4979bc50fc20727bcf70'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4fc4476a34104ca5821a02a3ad54dbae'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'f347149dc4994296bc87be3c8b97bb23'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '501407ccc7b54bb593d72354283f9562'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '875d234c280948bf9e81e61ad6999527'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '50a8fccc57e3491fb9c89cbead53fdd6'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                            value: 'exploring'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '52218fdc7956478e9afcc19d0ff1b1d3'
                        key: {
                            document_key: 'e4e51db3a24f4176b88e2c2c0c8dccf0'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '52f963cf433243be89c9e2e3db7a1f0e'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                            value: 'owner_confirmed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '544a939a961b4ff49964fcceab791e7f'
                        key: {
                            document_key: '6c1ad9198c6140ad9ce1e72dcea48184'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '554839c3e0864ac2a4a22858b81d535f'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'account'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '55748a5f07da4d9ea57b317d44444545'
                        key: {
                            document_key: 'e6a422d9bd7e4bd5b44f2bc12414f7e0'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '55b68b077cbb44eeb5151fc41ba7e71d'
                        key: {
                            document_key: '902a5ab4f46d4c848508a424c4d411cd'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '566bf61f8f874ffa9a3761d8e97dc904'
                        key: {
                            document_key: '80e30538fae54382bdb29c82f9311381'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5755658c41a34bd5b1fc3442e502558f'
                        key: {
                            document_key: '496007b3bab3473fbfb95b5a9633c788'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '57da41741d58499190915a87cb764a27'
                        key: {
                            document_key: 'cfc9b0f8fb35421296eca5ccc4efd7a2'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '585d64f879f0420698ec87005b155d87'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '42526ebe315c4a1292b5614ac7c105cc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5a67ef0dca314c73988e3c2098a9fd96'
                        key: {
                            document_key: 'deec12b10e1e46debd5a2603880fc462'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5c22ec26715a43b2a484f8d985bac191'
                        key: {
                            document_key: 'b8ddb661e0544f3d8bddf3a760064efd'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5d2e9f5faca349a8a0f508235ca65586'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'request_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5f0c26c8b0734b1abad51789633b59e9'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'request_item'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5f4c25f3d692458486b22420b7c089ef'
                        key: {
                            document_key: 'b901d39acf7d4ca9b951b5869a6f5629'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '601e41a6da0f492d8b7171b8891c47cc'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'd0bf3041e5e0427a940731843e06f3f0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '63c938f0db4b4a96b91c457055b5fc1f'
                        key: {
                            document_key: 'deec12b10e1e46debd5a2603880fc462'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '65ba66e89c714528a484a9f1a1ccaeec'
                        key: {
                            document_key: '21026ea6ec67495ea76f24b9f456e9fb'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '685cf6fa94b449eea58550e60317a460'
                        key: {
                            document_key: 'dfa34104b3664d9e993aae3091dca0a1'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6959e7b32dd345a095fc43347d061670'
                        key: {
                            document_key: '8a7b85850b5541cd820c2c69e64938e0'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6a3ad110cf3147bd914bae75951d7f1f'
                        key: {
                            document_key: 'e6a422d9bd7e4bd5b44f2bc12414f7e0'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6b3280b9cdb8422c9f260a68af60562a'
                        key: {
                            document_key: 'c2325cc0910f44f3a5e5ce6b4a6b2f40'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ebe20ce8932432386e104b63d3ddcd6'
                        key: {
                            document_key: '902a5ab4f46d4c848508a424c4d411cd'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f019f8ba11a46389df998f7e0719603'
                        key: {
                            document_key: '84e6332dce3a4979bc50fc20727bcf70'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '707e10ea54bd44cc8d8026e32c85bf19'
                        key: {
                            document_key: '902a5ab4f46d4c848508a424c4d411cd'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '70b01c5ff1904d318211f349eea6f49d'
                        key: {
                            sys_security_acl: '2d6ce315332c453e93995dcc17bb464f'
                            sys_user_role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '70d8fcc30bc64f02ae69ebf6f6d7e46f'
                        key: {
                            document_key: '496007b3bab3473fbfb95b5a9633c788'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '713bcc8a5d334db3b8dab27d7de42c1b'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '80e30538fae54382bdb29c82f9311381'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7774f3cdcebf4426971584cce098a2d4'
                        key: {
                            document_key: '316cb243ec614978976702196c2185fd'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7830b35e64f043b5be70cdfc8daf71eb'
                        key: {
                            document_key: '6e46cde44b99487b84a3006e79510086'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7993c3c59b7940b5938768050c7a0e60'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'c2325cc0910f44f3a5e5ce6b4a6b2f40'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7a06aed317394d0791963ce7ddefadfa'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'purpose'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7b32ec79f6b04bf49cfb6df7422422bf'
                        key: {
                            document_key: '6c1ad9198c6140ad9ce1e72dcea48184'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7bbef61e416942498df85cf830df157d'
                        key: {
                            document_key: 'b901d39acf7d4ca9b951b5869a6f5629'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7bec9c8760984def9c14c1d4a397b18d'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d4914d6276a4709b2964d12b965b936'
                        key: {
                            document_key: '18e6bb2a40b34341860035b4848e3f73'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7ee33ec0b3c348ebb4c7a315a2e2ee17'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'owner'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7ffbf7cb0a2742c2b6f33dd74dccd862'
                        key: {
                            document_key: '18e6bb2a40b34341860035b4848e3f73'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '84673113cce043d783faeb5b8bccc708'
                        key: {
                            sys_ui_action: 'b3b372102f4348d99816635b18416454'
                            sys_user_role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '86bb0f490ab84941a150de43447d0139'
                        key: {
                            document_key: '8a7b85850b5541cd820c2c69e64938e0'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '87c67b13ce5649168a538b534e8e09dc'
                        key: {
                            document_key: '21026ea6ec67495ea76f24b9f456e9fb'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '88e10401f4a643b88dd4a05c54205693'
                        key: {
                            document_key: '875d234c280948bf9e81e61ad6999527'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '899cb4ed9ac4402d88a2a88b65573b3c'
                        key: {
                            document_key: '6c1ad9198c6140ad9ce1e72dcea48184'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8ad3a7f922d84741b75d278cebba0d52'
                        key: {
                            document_key: 'c2325cc0910f44f3a5e5ce6b4a6b2f40'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8b3c881b760a4137b2aec069866043cd'
                        key: {
                            document_key: '18e6bb2a40b34341860035b4848e3f73'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8bb9f6ec72d84d09bb2bc01144024ca7'
                        key: {
                            document_key: '80e30538fae54382bdb29c82f9311381'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8d32529f8a30427ca7a8221d523a0bad'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'audit_trail'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8f3ecffccd264841894282b48fc36961'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9239e45fdf184d95bda3e927deb049ac'
                        key: {
                            document_key: '902a5ab4f46d4c848508a424c4d411cd'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '92514cf0fc5840f99066213257724665'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'cfc9b0f8fb35421296eca5ccc4efd7a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93778444c37747c2acead9ff982132d5'
                        key: {
                            document_key: 'b8ddb661e0544f3d8bddf3a760064efd'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93b6df1983f74948addcc0d06d8be832'
                        key: {
                            document_key: 'd0bf3041e5e0427a940731843e06f3f0'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '95e7358d263245c487633644b3fd3e86'
                        key: {
                            document_key: 'e6a422d9bd7e4bd5b44f2bc12414f7e0'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '96640ef541434ec5b0b323e375b7da91'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'locked_down_on'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '979b1aac49d64363be6efe932360deb0'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'gui_access_until'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '982a25fc1ca643db9fb277798c9e8c35'
                        key: {
                            document_key: '8fed72f57b17486a8e536baf4647206b'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9930f243dff8413d952e8ea8ad2ee7bb'
                        key: {
                            document_key: 'b901d39acf7d4ca9b951b5869a6f5629'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '9990d8e0a2394b599ee83161b51b7093'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a13cac94df24b39900b3fecc591bbff'
                        key: {
                            document_key: '42526ebe315c4a1292b5614ac7c105cc'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9e63e7bb9b654dab97107eec08bce308'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9f8e30e54d5e420ea5192686037f634d'
                        key: {
                            document_key: 'f347149dc4994296bc87be3c8b97bb23'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a12fab8a6c4843cf8c7b736970d9ab65'
                        key: {
                            document_key: '6e46cde44b99487b84a3006e79510086'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a22192e4889c4afd8db2bfc21e807983'
                        key: {
                            document_key: 'c2325cc0910f44f3a5e5ce6b4a6b2f40'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a410a88a4de544e6801007b2d8408378'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'reminder_sent_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a473842c58f84a01aa2627414b7f5018'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'b8ddb661e0544f3d8bddf3a760064efd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a5289e1cd6be4cfa80e74293ee3a4929'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: '18e6bb2a40b34341860035b4848e3f73'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a5650d70a2c640a280948ff2f1568271'
                        key: {
                            document_key: 'dfa34104b3664d9e993aae3091dca0a1'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a6879686c4334afa86b11b3caa873760'
                        key: {
                            document_key: '316cb243ec614978976702196c2185fd'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a98b7af0676e46298dd7f7b59ae4ce9e'
                        key: {
                            document_key: '18e6bb2a40b34341860035b4848e3f73'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aa287a0cfaa84605969f5b7da2e885a4'
                        key: {
                            document_key: 'e6a422d9bd7e4bd5b44f2bc12414f7e0'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ab2db5c2a4a244a8962ee613e444dfa2'
                        key: {
                            document_key: '316cb243ec614978976702196c2185fd'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'afeb8140d84f4e2ca657b89945567bf9'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b3c43a1db65841aca8f54ba913c775ab'
                        key: {
                            document_key: '18e6bb2a40b34341860035b4848e3f73'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b62bac2610b84bdca09d51baa0f29849'
                        key: {
                            document_key: '6e46cde44b99487b84a3006e79510086'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b695ebb203c346a89f73289678f127ec'
                        key: {
                            document_key: 'b8ddb661e0544f3d8bddf3a760064efd'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b6a50f316ed7419c8c744715f1ad14b5'
                        key: {
                            document_key: '8a7b85850b5541cd820c2c69e64938e0'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'b7979ffd19454968abedf4486e2fae10'
                        key: {
                            name: 'x_seed_svcacct.admin'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bc0954c7abf549b8b30849737e5d5978'
                        key: {
                            document_key: '875d234c280948bf9e81e61ad6999527'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bdd5376af4e249e8bcd82d27bd0c7e31'
                        key: {
                            document_key: 'e4e51db3a24f4176b88e2c2c0c8dccf0'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c2d5f90bbb514c34bf10d05835ac0adb'
                        key: {
                            document_key: '8fed72f57b17486a8e536baf4647206b'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c40bfd93ec554af38ab05a1a0375cb2b'
                        key: {
                            document_key: 'c2325cc0910f44f3a5e5ce6b4a6b2f40'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c4173bf35b3948789fb09e3c563b05ba'
                        key: {
                            sys_security_acl: 'af3e0de16cc24602817ab39aa824272a'
                            sys_user_role: {
                                id: '267c4e79e8bf4ee8bbd9143a11a337cd'
                                key: {
                                    name: 'x_seed_svcacct.auditor'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: 'c4336c81f8c14b67b3fed9f4db0bfd75'
                        key: {
                            role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                            contains: {
                                id: '267c4e79e8bf4ee8bbd9143a11a337cd'
                                key: {
                                    name: 'x_seed_svcacct.auditor'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c581ba6984a04dc4af72b41f6667530e'
                        key: {
                            document_key: '42526ebe315c4a1292b5614ac7c105cc'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c5c25b907291490b85f0123fa3781588'
                        key: {
                            document_key: '4423e25c833f4223b126dcc755ccf9f2'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6ca54e85f604cb9aed310e15cecfa25'
                        key: {
                            document_key: '18e6bb2a40b34341860035b4848e3f73'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6f34f3006d942908aae20ff5ed7fe81'
                        key: {
                            document_key: '8fed72f57b17486a8e536baf4647206b'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c773db1d44874bc09aa38d5104eb7ca0'
                        key: {
                            document_key: 'a7a687b1035740a7831e20479e848ddc'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ca69efc0cd7c4aed8a2096481834efc1'
                        key: {
                            document_key: '4423e25c833f4223b126dcc755ccf9f2'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd0040bb10877465387f6a10f137a6e45'
                        key: {
                            document_key: '316cb243ec614978976702196c2185fd'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd0a641d81371404d8b7e961ff318496c'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '4423e25c833f4223b126dcc755ccf9f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd2e04b77573f4860a41cd32020bdc35b'
                        key: {
                            document_key: 'd0bf3041e5e0427a940731843e06f3f0'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd3d2774fe01d4e8c96ba347f4e23a9d1'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '8a7b85850b5541cd820c2c69e64938e0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd54a69f5a3f84f3080f9001b283c2d30'
                        key: {
                            document_key: 'd0bf3041e5e0427a940731843e06f3f0'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd7adbdc571984bdcbff6f7361ae8dc85'
                        key: {
                            document_key: 'c2825ea7220b44e6888033b2d1f94c34'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd88b333bfa09460282a5e2156ebca93b'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'locked_down_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd932103ec0864e4ba963976542e33558'
                        key: {
                            document_key: '18e6bb2a40b34341860035b4848e3f73'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dbb6bcdb95d843b78ac2f41dfc271d60'
                        key: {
                            document_key: 'cfc9b0f8fb35421296eca5ccc4efd7a2'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dc8542f6c4d9406b86ac9034b9655336'
                        key: {
                            document_key: '84e6332dce3a4979bc50fc20727bcf70'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dd7dcc1ffba94d9da405a185c6fadc98'
                        key: {
                            document_key: '316cb243ec614978976702196c2185fd'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0a51445946242fb85c1429697116c5a'
                        key: {
                            document_key: '80e30538fae54382bdb29c82f9311381'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e1b4c574472b4b97a182743252322964'
                        key: {
                            document_key: 'a7a687b1035740a7831e20479e848ddc'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e33f1410e52041f38316fab3caa1456c'
                        key: {
                            document_key: '902a5ab4f46d4c848508a424c4d411cd'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e71a666840eb466c865685491df87e33'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '6e46cde44b99487b84a3006e79510086'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ec8c606b034c403d8ae992d7ae2c87de'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'owner'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ece08560dbb74e5aa0e5db81c7419bf7'
                        key: {
                            document_key: 'deec12b10e1e46debd5a2603880fc462'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'eddc01cef7754c4091a44cf9ac62b747'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'consuming_system'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ee3abedecf964b5883c4bb1f99f22493'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'consuming_system'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ef0122e9d80c45fe9b568e830c631853'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'e6a422d9bd7e4bd5b44f2bc12414f7e0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'efeb9f284a1043eeb27cea608b9ce671'
                        key: {
                            document_key: '42526ebe315c4a1292b5614ac7c105cc'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f08a9169b85b417ea00be272ac5463b4'
                        key: {
                            document_key: 'e4e51db3a24f4176b88e2c2c0c8dccf0'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f1be3516db7e4fc38e86010bde338db3'
                        key: {
                            document_key: '6e46cde44b99487b84a3006e79510086'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f2ac87281af744fa85e86b1c92118350'
                        key: {
                            document_key: 'a7a687b1035740a7831e20479e848ddc'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f3175df93d3949fcb3d60c2a79891af0'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'locked_down_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f37e53633a4845299c6cb6f6674ca4ce'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '8fed72f57b17486a8e536baf4647206b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f62aec03bec34b65b134a764b9cc327d'
                        key: {
                            document_key: 'e4e51db3a24f4176b88e2c2c0c8dccf0'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f650741350094cf98e080f2dfe1e69cd'
                        key: {
                            document_key: 'dfa34104b3664d9e993aae3091dca0a1'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f81c83c1c2324266addcb5e8462acaea'
                        key: {
                            document_key: '316cb243ec614978976702196c2185fd'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f83e81337f244165a4f6cc1c7a20e374'
                        key: {
                            document_key: 'deec12b10e1e46debd5a2603880fc462'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'f9039a1852cd45378ac54ab78d00fb6e'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f9434ed2081e4369bc67cdc631627221'
                        key: {
                            document_key: '80e30538fae54382bdb29c82f9311381'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fb283ca501874ac7957a632284371bc0'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'gui_access_until'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fc0315b92b9a41da94ed18de7e9fb2cd'
                        key: {
                            document_key: '496007b3bab3473fbfb95b5a9633c788'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fff1a16a2ed9412fbfdcebad6dd2755f'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                            language: 'en'
                        }
                    },
                ]
            }
        }
    }
}
